"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import alert
from .page import Page


class AlertPage(Page):
    """One page of alerts."""

    items: list[alert.Alert] | None
    """Alerts on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
