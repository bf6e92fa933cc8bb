"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import incident
from .page import Page


class IncidentPage(Page):
    """One page of incidents."""

    items: list[incident.Incident] | None
    """Incidents on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
