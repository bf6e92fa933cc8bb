"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentBrief(FlashdutyModel):
    """An incident as a timeline entry mentions it."""

    incident_id: str = ""
    """Incident ID."""
    title: str = ""
    """Title."""
    progress: str = ""
    """Progress: `Triggered`, `Processing` or `Closed`."""
