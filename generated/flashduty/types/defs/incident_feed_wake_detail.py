"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedWakeDetail(FlashdutyModel):
    """Detail of `i_wake`."""

    snoozedBefore: int = 0
    """When the cancelled snooze would have ended, Unix seconds."""
