"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleImNotifySettings(FlashdutyModel):
    """Where an IM reminder goes. Which fields apply depends on the IM type."""

    token: str | None = None
    """Webhook token of a chat robot."""
    alias: str | None = None
    """Display alias of the target."""
    data_source_id: int | None = None
    """IM integration that delivers the message, for app types."""
    chat_ids: list[str] | None = None
    """Chats (group IDs) to post to, for app types."""
    verify_token: str | None = None
    """Verification token of the robot, where the IM needs one."""
    sign_secret: str | None = None
    """Signing secret of the robot, where the IM needs one."""
