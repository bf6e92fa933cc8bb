"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class WebhookIntegrationSettings(FlashdutyModel):
    """Configuration of an outgoing webhook integration."""

    channel_ids: list[int] | None
    """Channels whose events are sent."""
    endpoint: str
    """URL the webhook posts to."""
    event_types: list[str] | None
    """Event types to send, as listed in the incident webhook documentation."""
    headers: dict[str, Any] | None
    """Extra request headers."""
