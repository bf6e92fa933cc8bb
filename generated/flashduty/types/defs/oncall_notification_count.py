"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallNotificationCount(FlashdutyModel):
    """Notifications sent in one period, by channel."""

    ts: int
    """End of the period, Unix seconds."""
    sms_cnt: int
    """SMS messages sent."""
    voice_cnt: int
    """Voice calls placed."""
    email_cnt: int
    """Emails sent."""
