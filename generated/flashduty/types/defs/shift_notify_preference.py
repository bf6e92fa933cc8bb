"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ShiftNotifyPreference(FlashdutyModel):
    """How the member hears about their on-call shifts starting."""

    personal_channels: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Channels: `email`, `voice`, `sms`, or an IM app integration written `feishu_app:<id>`, `dingtalk_app:<id>` or `wecom_app:<id>`.
    """
