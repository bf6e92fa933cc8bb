"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class EscalateWebhook(FlashdutyModel):
    """A group chat or webhook an escalation level posts to."""

    type: str = ""
    """
    Kind of target, e.g. `feishu`, `dingtalk`, `wecom`, `feishu_app`, `dingtalk_app`, `wecom_app`, `slack_app`, `teams_app`, `zoom`, `telegram`, `custom`.
    """
    settings: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Settings of that kind (robot token or URL, chat IDs, alias…)."""
