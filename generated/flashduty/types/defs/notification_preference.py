"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import im_notify_preference, severity_notify_channels, shift_notify_preference


class NotificationPreference(FlashdutyModel):
    """The member's personal notification settings."""

    person_id: int = 0
    """Member the settings belong to."""
    trigger_notify: severity_notify_channels.SeverityNotifyChannels | None = None
    shedule_shift_notify: shift_notify_preference.ShiftNotifyPreference | None = None
    status_page_notify: im_notify_preference.ImNotifyPreference | None = None
