"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule


class ScheduleList(FlashdutyModel):
    """Schedules, all in one answer."""

    items: list[schedule.Schedule] | None
    """The schedules."""
