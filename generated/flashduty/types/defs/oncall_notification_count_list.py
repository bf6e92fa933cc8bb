"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import oncall_notification_count


class OncallNotificationCountList(FlashdutyModel):
    """Notification counts per period."""

    items: list[oncall_notification_count.OncallNotificationCount] | None
    """One entry per period of the requested `step`."""
