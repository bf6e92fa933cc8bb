"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Flapping(FlashdutyModel):
    """Flapping detection - mute an incident that keeps reopening."""

    is_disabled: bool = False
    """Turns detection off."""
    max_changes: int = 4
    """How many times the same incident (same dedup key) may occur within `in_mins`."""
    in_mins: int = 60
    """Observation window, minutes."""
    mute_mins: int = 120
    """How long to mute further occurrences once flapping is detected, minutes; 0 does not mute."""
