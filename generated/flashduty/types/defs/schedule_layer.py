"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import schedule_day_mask, schedule_group, schedule_restrict_period


class ScheduleLayer(FlashdutyModel):
    """
    One rotation layer (rule) of a schedule: who rotates, how often, and when the layer is active. Override layers (`mode` 1) come after regular ones and win where they overlap. Read-only fields are filled in by the server and ignored on input, so a layer read from `schedules.info` can be sent back as is.
    """

    layer_name: str
    """Layer name shown in the console."""
    name: str | None = None
    """Older alias of `layer_name`, kept for compatibility."""
    mode: Literal[0, 1]
    """0 for a regular rotation, 1 for a temporary override."""
    weight: int | None = None
    """Ordering weight of the layer."""
    hidden: int | None = None
    """1 hides the layer in the console, 0 shows it."""
    groups: list[schedule_group.ScheduleGroup] | None = None
    """Groups that take turns, in rotation order."""
    rotation_unit: Literal["hour", "day", "week", "month"] | str | None = None
    """Unit of one rotation cycle; `month` is a calendar month."""
    rotation_value: int | None = None
    """Number of `rotation_unit`s in one cycle."""
    rotation_duration: int | None = None
    """Length of one cycle in seconds."""
    handoff_time: int | None = None
    """For weekly cycles, when the next group takes over, in seconds from Monday 00:00."""
    enable_time: int | None = None
    """Unix seconds from which the layer applies."""
    expire_time: int | None = None
    """Unix seconds after which the layer no longer applies; 0 keeps it forever."""
    layer_start: int | None = None
    """Start of the layer, Unix seconds, on a half-hour boundary."""
    layer_end: int | None = None
    """End of the layer, Unix seconds, on a half-hour boundary; null or absent for open-ended."""
    restrict_mode: Literal[0, 1, 2] | None = None
    """
    Limits the layer to windows inside each cycle - 0 no limit, 1 daily windows, 2 weekly windows.
    """
    restrict_start: int | None = None
    """Start of a single restriction window; superseded by `restrict_periods`."""
    restrict_end: int | None = None
    """End of a single restriction window; superseded by `restrict_periods`."""
    restrict_periods: list[schedule_restrict_period.ScheduleRestrictPeriod] | None = None
    """Windows the layer is limited to when `restrict_mode` is 1 or 2."""
    day_mask: schedule_day_mask.ScheduleDayMask | None = None
    fair_rotation: bool | None = None
    """Balance shifts evenly between groups when days are masked out."""
    mask_continuous_enabled: bool | None = None
    """
    Let a shift that starts on an included day run on into the next day at the same time of day, for masks that span midnight.
    """
    account_id: int | None = None
    """Account that owns the schedule."""
    schedule_id: int | None = None
    """Schedule the layer belongs to."""
    create_at: int | None = None
    """Creation time, Unix seconds."""
    create_by: int | None = None
    """Member who created the layer."""
    update_at: int | None = None
    """Last change, Unix seconds."""
    update_by: int | None = None
    """Member who last changed the layer."""
