"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookRobotSettings(FlashdutyModel):
    """Connection settings of a chat robot."""

    token: str = ""
    """Robot webhook URL or token."""
    alias: str = ""
    """Display name."""
    verify_token: str = ""
    """Verification token (Zoom)."""
    disable_at: bool = False
    """Do not @-mention responders in messages."""
    reply_event_types: list[str] = []
    """Incident events the robot posts, e.g. `i_new`, `i_snooze`."""
