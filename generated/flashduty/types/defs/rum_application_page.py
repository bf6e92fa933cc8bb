"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import rum_application
from .page import Page


class RumApplicationPage(Page):
    """One page of applications."""

    items: list[rum_application.RumApplication] | None
    """Applications on this page."""
