"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ScheduleImNotifySettings(FlashdutyModel):
    """Where an IM reminder goes. Which fields apply depends on the IM type."""

    token: Annotated[str, Field(repr=False)] = ""
    """Webhook token of a chat robot."""
    alias: str = ""
    """Display alias of the target."""
    data_source_id: int = 0
    """IM integration that delivers the message, for app types."""
    chat_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Chats (group IDs) to post to, for app types."""
    verify_token: Annotated[str, Field(repr=False)] = ""
    """Verification token of the robot, where the IM needs one."""
    sign_secret: Annotated[str, Field(repr=False)] = ""
    """Signing secret of the robot, where the IM needs one."""
