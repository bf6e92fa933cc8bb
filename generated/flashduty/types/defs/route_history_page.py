"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import route_history
from .page import Page


class RouteHistoryPage(Page):
    """One page of routing rule versions."""

    items: list[route_history.RouteHistory] | None
    """Versions on this page."""
