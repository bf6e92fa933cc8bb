"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import war_room_record


class WarRoomList(FlashdutyModel):
    """The war rooms of an incident."""

    items: Annotated[list[war_room_record.WarRoomRecord], Field(validate_default=True)] = []
    """War rooms, one per chat group."""
