"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumReplayForegroundPeriod(FlashdutyModel):
    """A period in which the app was in the foreground."""

    view_id: str = ""
    """View shown."""
    start: int = 0
    """Start, Unix milliseconds."""
    end: int = 0
    """End, Unix milliseconds."""
