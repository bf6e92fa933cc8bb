"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import channel_brief


class ChannelBriefList(FlashdutyModel):
    """Channels reduced to ID, name and status."""

    items: Annotated[list[channel_brief.ChannelBrief], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The channels."""
    total: int = 0
    """Number of channels returned."""
