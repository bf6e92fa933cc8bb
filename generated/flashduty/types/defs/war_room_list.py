"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import war_room_record


class WarRoomList(FlashdutyModel):
    """The war rooms of an incident."""

    items: Annotated[list[war_room_record.WarRoomRecord], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """War rooms, one per chat group."""
