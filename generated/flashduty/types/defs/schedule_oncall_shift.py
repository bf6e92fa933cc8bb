"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule_group


class ScheduleOncallShift(FlashdutyModel):
    """The shift on call now, or the next one."""

    start: int
    """Start of the shift, Unix seconds."""
    end: int
    """End of the shift, Unix seconds."""
    group: schedule_group.ScheduleGroup | None
    update_at: int
    """When this was computed, Unix seconds."""
    weight: int
    """Weight of the layer the shift comes from."""
    index: int
    """Position of the group in the rotation."""
