"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import post_mortem_template
from .page import Page


class PostMortemTemplatePage(Page):
    """One page of post-mortem templates, built-in ones first."""

    items: Annotated[list[post_mortem_template.PostMortemTemplate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Templates on this page."""
    search_after_ctx: str = ""
    """Cursor to pass back as `search_after_ctx` for the page after this one."""
