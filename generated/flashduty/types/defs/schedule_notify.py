"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import schedule_fixed_time_notify, schedule_im_notify, schedule_notify_by


class ScheduleNotify(FlashdutyModel):
    """Reminders about upcoming shifts."""

    advance_in_time: int = 0
    """How long before a shift starts to remind its members, in seconds."""
    fixed_time: schedule_fixed_time_notify.ScheduleFixedTimeNotify | None = None
    by: schedule_notify_by.ScheduleNotifyBy | None = None
    im: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Older map of IM type to robot token; use `webhooks`."""
    webhooks: Annotated[list[schedule_im_notify.ScheduleImNotify], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """IM chats to remind."""
