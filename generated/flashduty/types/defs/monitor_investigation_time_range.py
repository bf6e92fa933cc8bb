"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorInvestigationTimeRange(FlashdutyModel):
    """The window opened around the event time; it may not be empty."""

    before_seconds: int = 0
    """Seconds before the event."""
    after_seconds: int = 0
    """Seconds after the event."""
