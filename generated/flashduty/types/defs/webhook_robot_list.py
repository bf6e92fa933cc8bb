"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import webhook_robot


class WebhookRobotList(FlashdutyModel):
    """Chat robots used by the account's escalation rules."""

    list_: Annotated[list[webhook_robot.WebhookRobot], Field(alias="list"), NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The robots."""
