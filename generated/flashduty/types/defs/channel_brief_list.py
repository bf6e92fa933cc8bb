"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import channel_brief


class ChannelBriefList(FlashdutyModel):
    """Channels reduced to ID, name and status."""

    items: list[channel_brief.ChannelBrief] | None
    """The channels."""
    total: int | None = None
    """Number of channels returned."""
