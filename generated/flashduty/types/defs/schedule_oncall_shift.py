"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule_group


class ScheduleOncallShift(FlashdutyModel):
    """The shift on call now, or the next one."""

    start: int = 0
    """Start of the shift, Unix seconds."""
    end: int = 0
    """End of the shift, Unix seconds."""
    group: schedule_group.ScheduleGroup | None = None
    update_at: int = 0
    """When this was computed, Unix seconds."""
    weight: int = 0
    """Weight of the layer the shift comes from."""
    index: int = 0
    """Position of the group in the rotation."""
