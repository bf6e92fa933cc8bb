"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import alert_event
from .page import Page


class AlertEventPage(Page):
    """One page of raw alert events."""

    items: list[alert_event.AlertEvent] | None
    """Events on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
