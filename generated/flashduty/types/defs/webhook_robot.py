"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import webhook_robot_reference, webhook_robot_settings


class WebhookRobot(FlashdutyModel):
    """A chat robot (incoming webhook) and the escalation rules using it."""

    type: str = ""
    """Robot kind, e.g. `feishu`, `wecom`, `dingtalk`, `zoom`, `slack`."""
    settings: webhook_robot_settings.WebhookRobotSettings | None = None
    referenced_by: Annotated[list[webhook_robot_reference.WebhookRobotReference], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Escalation rules that post through this robot."""
