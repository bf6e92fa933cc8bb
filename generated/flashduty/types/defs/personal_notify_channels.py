"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class PersonalNotifyChannels(FlashdutyModel):
    """
    Personal notification methods per incident severity. Each entry is `email`, `voice`, `sms`, `push`, or an IM app integration as `<type>:<integration_id>` (e.g. `feishu_app:123`).
    """

    follow_preference: bool = False
    """Use each member's own notification preferences instead of the lists below."""
    critical: list[str] = []
    """Methods for Critical incidents."""
    warning: list[str] = []
    """Methods for Warning incidents."""
    info: list[str] = []
    """Methods for Info incidents."""
