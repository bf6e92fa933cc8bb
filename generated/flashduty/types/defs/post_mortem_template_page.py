"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import post_mortem_template
from .page import Page


class PostMortemTemplatePage(Page):
    """One page of post-mortem templates, built-in ones first."""

    items: list[post_mortem_template.PostMortemTemplate] | None
    """Templates on this page."""
