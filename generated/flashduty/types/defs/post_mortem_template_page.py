"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY
from . import post_mortem_template
from .page import Page


class PostMortemTemplatePage(Page):
    """One page of post-mortem templates, built-in ones first."""

    items: Annotated[list[post_mortem_template.PostMortemTemplate], NULL_AS_EMPTY] = Field(
        default_factory=list
    )
    """Templates on this page."""
