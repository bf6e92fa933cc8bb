"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class RecurringTimeWindow(FlashdutyModel):
    """
    A daily time range that repeats on chosen weekdays, or on the working days / days off of a service calendar.
    """

    start: str = ""
    """Start of the range, 24-hour `HH:MM`, e.g. `10:00`; before `end`."""
    end: str = ""
    """End of the range, 24-hour `HH:MM`, e.g. `23:59`."""
    repeat: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Weekdays it applies to, 0 = Sunday to 6 = Saturday; empty means every day. Do not combine with `cal_id`.
    """
    cal_id: str = ""
    """Service calendar that decides the days instead of `repeat`."""
    is_off: bool = False
    """With `cal_id`, apply on the calendar's days off (true) or its working days (false)."""
