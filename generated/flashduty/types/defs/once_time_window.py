"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OnceTimeWindow(FlashdutyModel):
    """A single time range between two instants."""

    start_time: int = 0
    """Start, Unix seconds; before `end_time`."""
    end_time: int = 0
    """End, Unix seconds."""
