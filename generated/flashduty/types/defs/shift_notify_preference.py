"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ShiftNotifyPreference(FlashdutyModel):
    """How the member hears about their on-call shifts starting."""

    personal_channels: list[str] = []
    """
    Channels: `email`, `voice`, `sms`, or an IM app integration written `feishu_app:<id>`, `dingtalk_app:<id>` or `wecom_app:<id>`.
    """
