"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule_group


class ScheduleShift(FlashdutyModel):
    """One computed shift - a group on call over a time range."""

    start: int = 0
    """Start of the shift, Unix seconds."""
    end: int = 0
    """End of the shift, Unix seconds."""
    group: schedule_group.ScheduleGroup | None = None
    index: int = 0
    """Position of the group in the rotation."""
