"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import war_room_observer


class WarRoomObserverList(FlashdutyModel):
    """Members a war room would add as observers."""

    observers: Annotated[list[war_room_observer.WarRoomObserver], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Earlier responders who are no longer assigned to the incident."""
