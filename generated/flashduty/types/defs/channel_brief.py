"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class ChannelBrief(FlashdutyModel):
    """A channel reduced to its ID, name and status."""

    channel_id: int = 0
    """Channel ID."""
    channel_name: str = ""
    """Name."""
    status: Literal["enabled", "disabled", "deleted"] | str = ""
    """Lifecycle state of a channel."""
