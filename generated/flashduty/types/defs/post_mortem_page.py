"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import post_mortem_meta
from .page import Page


class PostMortemPage(Page):
    """One page of post-mortems (their metadata only)."""

    items: Annotated[list[post_mortem_meta.PostMortemMeta], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Reports on this page."""
    search_after_ctx: str = ""
    """Cursor for the next page; pass it back as `search_after_ctx`."""
