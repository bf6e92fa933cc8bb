"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ExternalIncidentCreated(FlashdutyModel):
    """The incident an external report opened."""

    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
