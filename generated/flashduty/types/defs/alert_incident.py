"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertIncident(FlashdutyModel):
    """The incident an alert was grouped into."""

    incident_id: str | None = None
    """Incident ID."""
    title: str | None = None
    """Incident title."""
    progress: str | None = None
    """Where the incident stands - `Triggered`, `Processing` or `Closed`."""
