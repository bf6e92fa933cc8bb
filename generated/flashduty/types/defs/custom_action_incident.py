"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import webhook_incident_alert
from .webhook_incident import WebhookIncident


class CustomActionIncident(WebhookIncident):
    """The incident a custom action was run on, with its alerts."""

    alerts: Annotated[
        list[webhook_incident_alert.WebhookIncidentAlert], Field(validate_default=True)
    ] = []
    """Alerts grouped into the incident."""
