"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import war_room_record


class WarRoomList(FlashdutyModel):
    """The war rooms of an incident."""

    items: list[war_room_record.WarRoomRecord] | None
    """War rooms, one per chat group."""
