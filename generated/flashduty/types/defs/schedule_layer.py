"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import schedule_day_mask, schedule_group, schedule_restrict_period


class ScheduleLayer(FlashdutyModel):
    """
    One rotation layer (rule) of a schedule: who rotates, how often, and when the layer is active. Override layers (`mode` 1) come after regular ones and win where they overlap. Read-only fields are filled in by the server and ignored on input, so a layer read from `schedules.info` can be sent back as is.
    """

    layer_name: str = ""
    """Layer name shown in the console."""
    name: str = ""
    """Older alias of `layer_name`, kept for compatibility."""
    mode: Literal[0, 1] = 0
    """0 for a regular rotation, 1 for a temporary override."""
    weight: int = 0
    """Ordering weight of the layer."""
    hidden: int = 0
    """1 hides the layer in the console, 0 shows it."""
    groups: Annotated[list[schedule_group.ScheduleGroup], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Groups that take turns, in rotation order."""
    rotation_unit: Annotated[Literal["hour", "day", "week", "month"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Unit of one rotation cycle; `month` is a calendar month."""
    rotation_value: int = 0
    """Number of `rotation_unit`s in one cycle."""
    rotation_duration: int = 0
    """Length of one cycle in seconds."""
    handoff_time: int = 0
    """For weekly cycles, when the next group takes over, in seconds from Monday 00:00."""
    enable_time: int = 0
    """Unix seconds from which the layer applies."""
    expire_time: int = 0
    """Unix seconds after which the layer no longer applies; 0 keeps it forever."""
    layer_start: int = 0
    """Start of the layer, Unix seconds, on a half-hour boundary."""
    layer_end: int | None = None
    """End of the layer, Unix seconds, on a half-hour boundary; null or absent for open-ended."""
    restrict_mode: Literal[0, 1, 2] = 0
    """
    Limits the layer to windows inside each cycle - 0 no limit, 1 daily windows, 2 weekly windows.
    """
    restrict_start: int = 0
    """Start of a single restriction window; superseded by `restrict_periods`."""
    restrict_end: int = 0
    """End of a single restriction window; superseded by `restrict_periods`."""
    restrict_periods: Annotated[
        list[schedule_restrict_period.ScheduleRestrictPeriod], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Windows the layer is limited to when `restrict_mode` is 1 or 2."""
    day_mask: schedule_day_mask.ScheduleDayMask | None = None
    fair_rotation: bool = False
    """Balance shifts evenly between groups when days are masked out."""
    mask_continuous_enabled: bool = False
    """
    Let a shift that starts on an included day run on into the next day at the same time of day, for masks that span midnight.
    """
    account_id: int = 0
    """Account that owns the schedule."""
    schedule_id: int = 0
    """Schedule the layer belongs to."""
    create_at: int = 0
    """Creation time, Unix seconds."""
    create_by: int = 0
    """Member who created the layer."""
    update_at: int = 0
    """Last change, Unix seconds."""
    update_by: int = 0
    """Member who last changed the layer."""
