"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import calendar_event


class CalendarEventList(FlashdutyModel):
    """Events of a calendar, all in one answer."""

    items: Annotated[list[calendar_event.CalendarEvent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Events ordered by `start_at`."""
    total: int = 0
    """Number of events returned."""
