"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleImNotifySettings(FlashdutyModel):
    """Where an IM reminder goes. Which fields apply depends on the IM type."""

    token: str = ""
    """Webhook token of a chat robot."""
    alias: str = ""
    """Display alias of the target."""
    data_source_id: int = 0
    """IM integration that delivers the message, for app types."""
    chat_ids: list[str] = []
    """Chats (group IDs) to post to, for app types."""
    verify_token: str = ""
    """Verification token of the robot, where the IM needs one."""
    sign_secret: str = ""
    """Signing secret of the robot, where the IM needs one."""
