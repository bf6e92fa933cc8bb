"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ScheduleNotifyBy(FlashdutyModel):
    """How the members going on call are reminded personally."""

    follow_preference: bool = False
    """Use each member's own notification preferences when true; otherwise `personal_channels`."""
    personal_channels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels to use, e.g. `email`, `sms` or an app channel such as `feishu_app:<id>`."""
