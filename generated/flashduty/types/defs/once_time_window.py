"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OnceTimeWindow(FlashdutyModel):
    """A single time range between two instants."""

    start_time: int
    """Start, Unix seconds; before `end_time`."""
    end_time: int
    """End, Unix seconds."""
