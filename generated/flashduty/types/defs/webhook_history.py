"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class WebhookHistory(FlashdutyModel):
    """One delivery attempt of an outgoing webhook."""

    integration_id: int = 0
    """Webhook integration that sent it."""
    event_id: str = ""
    """Delivery ID; pass it to `alerts.webhooks.history_detail`."""
    webhook_type: str = ""
    """What it was about: `incident` or `alert`."""
    event_type: str = ""
    """Event that triggered it, e.g. `a_update`."""
    channel_id: int = 0
    """Channel of the incident or alert, when there is one."""
    ref_id: str = ""
    """ID of the incident or alert."""
    request_headers: str = ""
    """Request headers sent, serialised."""
    request_body: str = ""
    """Request body sent."""
    endpoint: str = ""
    """URL called."""
    attempt: int = 0
    """Attempt number, from 1."""
    duration: int = 0
    """Time the call took, in milliseconds."""
    status: Annotated[Literal["success", "failed"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Outcome of a webhook delivery attempt."""
    status_code: int = 0
    """HTTP status the endpoint answered."""
    error_message: str = ""
    """Why the delivery failed, if it did."""
    response_headers: str = ""
    """Response headers received, serialised."""
    response_body: str = ""
    """Response body received."""
    event_time: str = ""
    """When it was sent, as a formatted time, e.g. `2026-04-12T13:31:11.357472+08:00`."""
