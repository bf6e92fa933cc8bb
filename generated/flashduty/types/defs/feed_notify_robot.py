"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class FeedNotifyRobot(FlashdutyModel):
    """A notification delivered, or not, to one chat robot."""

    token: str = ""
    """Robot token or identifier."""
    alias: str = ""
    """Robot alias."""
    failed_reason: str = ""
    """Why delivery failed; empty on success."""
