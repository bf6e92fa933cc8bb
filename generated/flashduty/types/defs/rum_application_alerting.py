"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumApplicationAlerting(FlashdutyModel):
    """Whether and where an application's error alerts are delivered."""

    enabled: bool = False
    """Whether alerting is on."""
    channel_ids: list[int] = []
    """Channels that receive the alerts."""
    integration_id: int = 0
    """On-call integration created for the application; set by the server, ignored in requests."""
