"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class PersonalNotifyChannels(FlashdutyModel):
    """
    Personal notification methods per incident severity. Each entry is `email`, `voice`, `sms`, `push`, or an IM app integration as `<type>:<integration_id>` (e.g. `feishu_app:123`).
    """

    follow_preference: bool = False
    """Use each member's own notification preferences instead of the lists below."""
    critical: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Methods for Critical incidents."""
    warning: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Methods for Warning incidents."""
    info: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Methods for Info incidents."""
