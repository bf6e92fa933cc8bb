"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import insight_incident
from .page import Page


class InsightIncidentPage(Page):
    """One page of the analytics incident list."""

    items: list[insight_incident.InsightIncident] | None
    """Incidents on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
