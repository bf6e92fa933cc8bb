"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumReplayForegroundPeriod(FlashdutyModel):
    """A period in which the app was in the foreground."""

    view_id: str
    """View shown."""
    start: int
    """Start, Unix milliseconds."""
    end: int
    """End, Unix milliseconds."""
