"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import schedule


class ScheduleList(FlashdutyModel):
    """Schedules, all in one answer."""

    items: Annotated[list[schedule.Schedule], Field(validate_default=True)] = []
    """The schedules."""
