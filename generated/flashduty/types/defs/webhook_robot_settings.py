"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class WebhookRobotSettings(FlashdutyModel):
    """Connection settings of a chat robot."""

    token: str
    """Robot webhook URL or token."""
    alias: str | None = None
    """Display name."""
    verify_token: str | None = None
    """Verification token (Zoom)."""
    disable_at: bool | None = None
    """Do not @-mention responders in messages."""
    reply_event_types: list[str] | None = None
    """Incident events the robot posts, e.g. `i_new`, `i_snooze`."""
