"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class OncallChangeCount(FlashdutyModel):
    """Changes recorded in one period."""

    ts: int = 0
    """End of the period, Unix seconds."""
    change_cnt: int = 0
    """Changes."""
    change_event_cnt: int = 0
    """Raw change events received."""
