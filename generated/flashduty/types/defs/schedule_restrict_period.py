"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleRestrictPeriod(FlashdutyModel):
    """
    A window inside each day or week during which the layer applies, as seconds from the start of the day (`restrict_mode` 1) or from Monday 00:00 (`restrict_mode` 2).
    """

    restrict_start: int = 0
    """Where the window opens, in seconds from the start of the day or week."""
    restrict_end: int = 0
    """Where the window closes, in seconds from the start of the day or week."""
