"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertIncident(FlashdutyModel):
    """The incident an alert was grouped into."""

    incident_id: str = ""
    """Incident ID."""
    title: str = ""
    """Incident title."""
    progress: str = ""
    """Where the incident stands - `Triggered`, `Processing` or `Closed`."""
