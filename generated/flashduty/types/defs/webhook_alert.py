"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import webhook_alert_incident
from .webhook_incident_alert import WebhookIncidentAlert


class WebhookAlert(WebhookIncidentAlert):
    """The alert an alert webhook reports, with its integration, channel and incident."""

    data_source_name: str = ""
    """Integration name."""
    data_source_type: str = ""
    """Integration type, e.g. `aliyun-sls.alert`."""
    data_source_ref_id: str = ""
    """Reference ID of the integration (sample only)."""
    channel_id: int = 0
    """Channel it was routed to."""
    channel_name: str = ""
    """Channel name."""
    incident: webhook_alert_incident.WebhookAlertIncident | None = None
