"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import change
from .page import Page


class ChangePage(Page):
    """One page of changes."""

    items: list[change.Change] | None
    """Changes on this page."""
