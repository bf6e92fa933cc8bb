"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookAlertIncident(FlashdutyModel):
    """The incident an alert has been grouped into."""

    incident_id: str = ""
    """Incident ID, 24 hexadecimal characters."""
    title: str = ""
    """Incident title."""
