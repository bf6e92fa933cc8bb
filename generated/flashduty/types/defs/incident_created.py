"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentCreated(FlashdutyModel):
    """The incident a create call opened."""

    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    title: str = ""
    """Title, as sent."""
