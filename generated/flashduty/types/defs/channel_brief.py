"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class ChannelBrief(FlashdutyModel):
    """A channel reduced to its ID, name and status."""

    channel_id: int = 0
    """Channel ID."""
    channel_name: str = ""
    """Name."""
    status: Annotated[Literal["enabled", "disabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Lifecycle state of a channel."""
