"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallNotificationCount(FlashdutyModel):
    """Notifications sent in one period, by channel."""

    ts: int = 0
    """End of the period, Unix seconds."""
    sms_cnt: int = 0
    """SMS messages sent."""
    voice_cnt: int = 0
    """Voice calls placed."""
    email_cnt: int = 0
    """Emails sent."""
