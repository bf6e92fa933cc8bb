"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    schedule_layer,
    schedule_layer_shifts,
    schedule_notify,
    schedule_oncall_shift,
)


class Schedule(FlashdutyModel):
    """
    An on-call schedule: its layers and reminders and, for the requested window, the computed shifts per layer and merged. Fields marked nullable are null in a preview, which describes a schedule that is not saved.
    """

    schedule_id: int = 0
    """Schedule ID; 0 in a preview."""
    schedule_name: str | None = None
    """Name."""
    description: str | None = None
    """Free-text description."""
    team_id: int | None = None
    """Team that owns the schedule; 0 for none."""
    status: int | None = None
    """Older enabled flag - 0 when the schedule is enabled, 1 when disabled."""
    account_id: int = 0
    """Account that owns the schedule."""
    layers: Annotated[list[schedule_layer.ScheduleLayer], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Layer definitions."""
    notify: schedule_notify.ScheduleNotify | None = None
    start: int = 0
    """Start of the computed window, Unix seconds."""
    end: int = 0
    """End of the computed window, Unix seconds."""
    schedule_layers: Annotated[list[schedule_layer_shifts.ScheduleLayerShifts], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Computed shifts of each layer in the window."""
    layer_schedules: Annotated[list[schedule_layer_shifts.ScheduleLayerShifts], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Same as `schedule_layers`, under its older name."""
    final_schedule: schedule_layer_shifts.ScheduleLayerShifts | None = None
    cur_oncall: schedule_oncall_shift.ScheduleOncallShift | None = None
    """The shift on call now; empty when nobody is."""
    next_oncall: schedule_oncall_shift.ScheduleOncallShift | None = None
    """The shift after the current one; empty when unknown."""
    create_at: int = 0
    """Creation time, Unix seconds."""
    create_by: int = 0
    """Member who created it."""
    update_at: int = 0
    """Last change, Unix seconds."""
    update_by: int = 0
    """Member who last changed it."""
    id: int | None = None
    """Old name of `schedule_id`."""
    name: str | None = None
    """Old name of `schedule_name`."""
    group_id: int | None = None
    """Old name of `team_id`."""
    disabled: int | None = None
    """Old form of `status` - 1 when disabled."""
    field: str = ""
    """Field touched by an older single-field update call."""
