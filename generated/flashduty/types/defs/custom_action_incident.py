"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import webhook_incident_alert
from .webhook_incident import WebhookIncident


class CustomActionIncident(WebhookIncident):
    """The incident a custom action was run on, with its alerts."""

    alerts: Annotated[list[webhook_incident_alert.WebhookIncidentAlert], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Alerts grouped into the incident."""
