"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import schedule


class ScheduleList(FlashdutyModel):
    """Schedules, all in one answer."""

    items: Annotated[list[schedule.Schedule], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The schedules."""
