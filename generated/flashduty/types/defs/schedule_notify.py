"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel

from . import schedule_fixed_time_notify, schedule_im_notify, schedule_notify_by


class ScheduleNotify(FlashdutyModel):
    """Reminders about upcoming shifts."""

    advance_in_time: int | None = None
    """How long before a shift starts to remind its members, in seconds."""
    fixed_time: schedule_fixed_time_notify.ScheduleFixedTimeNotify | None = None
    by: schedule_notify_by.ScheduleNotifyBy | None = None
    im: dict[str, Any] | None = None
    """Older map of IM type to robot token; use `webhooks`."""
    webhooks: list[schedule_im_notify.ScheduleImNotify] | None = None
    """IM chats to remind."""
