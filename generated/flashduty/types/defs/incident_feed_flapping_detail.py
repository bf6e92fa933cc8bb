"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentFeedFlappingDetail(FlashdutyModel):
    """Detail of `i_m_flapping`."""

    max_changes: int = 0
    """How many state changes the window tolerates."""
    in_mins: int = 0
    """Window length in minutes."""
    mute_mins: int = 0
    """How long notifications stay muted once flapping is detected, in minutes."""
