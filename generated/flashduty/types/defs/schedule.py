"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

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

    schedule_id: int
    """Schedule ID; 0 in a preview."""
    schedule_name: str | None
    """Name."""
    description: str | None
    """Free-text description."""
    team_id: int | None
    """Team that owns the schedule; 0 for none."""
    status: int | None
    """Older enabled flag - 0 when the schedule is enabled, 1 when disabled."""
    account_id: int
    """Account that owns the schedule."""
    layers: list[schedule_layer.ScheduleLayer] | None
    """Layer definitions."""
    notify: schedule_notify.ScheduleNotify | None
    start: int | None = None
    """Start of the computed window, Unix seconds."""
    end: int | None = None
    """End of the computed window, Unix seconds."""
    schedule_layers: list[schedule_layer_shifts.ScheduleLayerShifts] | None
    """Computed shifts of each layer in the window."""
    layer_schedules: list[schedule_layer_shifts.ScheduleLayerShifts] | None
    """Same as `schedule_layers`, under its older name."""
    final_schedule: schedule_layer_shifts.ScheduleLayerShifts | None
    cur_oncall: schedule_oncall_shift.ScheduleOncallShift | None
    next_oncall: schedule_oncall_shift.ScheduleOncallShift | None
    create_at: int
    """Creation time, Unix seconds."""
    create_by: int
    """Member who created it."""
    update_at: int
    """Last change, Unix seconds."""
    update_by: int
    """Member who last changed it."""
    id: int | None
    """Old name of `schedule_id`."""
    name: str | None
    """Old name of `schedule_name`."""
    group_id: int | None
    """Old name of `team_id`."""
    disabled: int | None
    """Old form of `status` - 1 when disabled."""
    field: str | None = None
    """Field touched by an older single-field update call."""
