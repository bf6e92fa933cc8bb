"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import war_room_observer


class WarRoomObserverList(FlashdutyModel):
    """Members a war room would add as observers."""

    observers: list[war_room_observer.WarRoomObserver] | None
    """Earlier responders who are no longer assigned to the incident."""
