"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class NotifyOverride(FlashdutyModel):
    """
    How to notify the people an assignment reaches. Omit it to let each person's own notification preferences decide.
    """

    follow_preference: bool = False
    """Use each person's own preferences (the default); set false to use `personal_channels`."""
    personal_channels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Channels to notify through when `follow_preference` is false: `email`, `sms`, `voice`, `flashduty_app`, or an app integration as `feishu_app:<id>`, `dingtalk_app:<id>`, `wecom_app:<id>`, `slack_app:<id>`, `teams_app:<id>`.
    """
    template_id: str = ""
    """
    Notification template to render with; defaults to the default template for direct assignments and to the rule's template for escalation rules.
    """
