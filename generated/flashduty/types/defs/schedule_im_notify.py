"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule_im_notify_settings


class ScheduleImNotify(FlashdutyModel):
    """A reminder posted to an IM chat when shifts change."""

    type: str = ""
    """
    IM type, e.g. `feishu_app`, `dingtalk_app`, `wecom_app`, `teams_app`, `slack_app`, `feishu` or `dingtalk`.
    """
    settings: schedule_im_notify_settings.ScheduleImNotifySettings | None = None
