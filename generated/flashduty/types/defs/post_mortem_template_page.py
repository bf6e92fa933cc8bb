"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import post_mortem_template
from .page import Page


class PostMortemTemplatePage(Page):
    """One page of post-mortem templates, built-in ones first."""

    items: Annotated[
        list[post_mortem_template.PostMortemTemplate], Field(validate_default=True)
    ] = []
    """Templates on this page."""
