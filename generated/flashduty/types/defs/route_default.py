"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RouteDefault(FlashdutyModel):
    """Fallback branch for alerts no case routed."""

    channel_ids: list[int] = []
    """Channels that receive unrouted alerts."""
