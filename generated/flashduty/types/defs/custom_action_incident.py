"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import webhook_incident_alert
from .webhook_incident import WebhookIncident


class CustomActionIncident(WebhookIncident):
    """The incident a custom action was run on, with its alerts."""

    alerts: list[webhook_incident_alert.WebhookIncidentAlert] | None = None
    """Alerts grouped into the incident."""
