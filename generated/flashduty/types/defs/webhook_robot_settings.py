"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class WebhookRobotSettings(FlashdutyModel):
    """Connection settings of a chat robot."""

    token: Annotated[str, Field(repr=False)] = ""
    """Robot webhook URL or token."""
    alias: str = ""
    """Display name."""
    verify_token: Annotated[str, Field(repr=False)] = ""
    """Verification token (Zoom)."""
    disable_at: bool = False
    """Do not @-mention responders in messages."""
    reply_event_types: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Incident events the robot posts, e.g. `i_new`, `i_snooze`."""
