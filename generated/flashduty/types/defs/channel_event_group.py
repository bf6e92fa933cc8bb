"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ChannelEventGroup(FlashdutyModel):
    """Grouping of alert events inside a channel over a time window."""

    is_enabled: bool = False
    """Whether events are grouped."""
    time_window: int = 0
    """Length of the grouping window."""
