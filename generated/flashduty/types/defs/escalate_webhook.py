"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class EscalateWebhook(FlashdutyModel):
    """A group chat or webhook an escalation level posts to."""

    type: str = ""
    """
    Kind of target, e.g. `feishu`, `dingtalk`, `wecom`, `feishu_app`, `dingtalk_app`, `wecom_app`, `slack_app`, `teams_app`, `zoom`, `telegram`, `custom`.
    """
    settings: dict[str, Any] = {}
    """Settings of that kind (robot token or URL, chat IDs, alias…)."""
