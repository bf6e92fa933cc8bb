"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallChangeCount(FlashdutyModel):
    """Changes recorded in one period."""

    ts: int
    """End of the period, Unix seconds."""
    change_cnt: int
    """Changes."""
    change_event_cnt: int
    """Raw change events received."""
