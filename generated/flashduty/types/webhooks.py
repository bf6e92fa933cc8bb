"""Models of the `webhooks` area. Generated from spec/; do not edit."""

from .defs.alert_webhook_event import AlertWebhookEvent as AlertWebhookEvent
from .defs.custom_action_event import CustomActionEvent as CustomActionEvent
from .defs.custom_action_incident import CustomActionIncident as CustomActionIncident
from .defs.incident_event import IncidentEvent as IncidentEvent
from .defs.webhook_alert import WebhookAlert as WebhookAlert
from .defs.webhook_alert_incident import WebhookAlertIncident as WebhookAlertIncident
from .defs.webhook_incident import WebhookIncident as WebhookIncident
from .defs.webhook_incident_alert import WebhookIncidentAlert as WebhookIncidentAlert
from .defs.webhook_person import WebhookPerson as WebhookPerson
from .defs.webhook_responder import WebhookResponder as WebhookResponder

__all__ = [
    "AlertWebhookEvent",
    "CustomActionEvent",
    "CustomActionIncident",
    "IncidentEvent",
    "WebhookAlert",
    "WebhookAlertIncident",
    "WebhookIncident",
    "WebhookIncidentAlert",
    "WebhookPerson",
    "WebhookResponder",
]
