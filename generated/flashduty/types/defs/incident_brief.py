"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentBrief(FlashdutyModel):
    """An incident as a timeline entry mentions it."""

    incident_id: str | None = None
    """Incident ID."""
    title: str | None = None
    """Title."""
    progress: str | None = None
    """Progress: `Triggered`, `Processing` or `Closed`."""
