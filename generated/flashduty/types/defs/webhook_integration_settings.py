"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookIntegrationSettings(FlashdutyModel):
    """Configuration of an outgoing webhook integration."""

    channel_ids: list[int] = []
    """Channels whose events are sent."""
    endpoint: str = ""
    """URL the webhook posts to."""
    event_types: list[str] = []
    """Event types to send, as listed in the incident webhook documentation."""
    headers: dict[str, str] = {}
    """Extra request headers."""
