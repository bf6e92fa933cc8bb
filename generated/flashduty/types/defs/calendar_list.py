"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import calendar


class CalendarList(FlashdutyModel):
    """Calendars, all in one answer."""

    items: Annotated[list[calendar.Calendar], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The calendars."""
    total: int = 0
    """Number of calendars returned."""
