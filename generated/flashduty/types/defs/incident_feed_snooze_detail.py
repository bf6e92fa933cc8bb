"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedSnoozeDetail(FlashdutyModel):
    """Detail of `i_snooze`."""

    minutes: int = 0
    """Snooze length in minutes."""
