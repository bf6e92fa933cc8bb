"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import responder


class PostMortemBasics(FlashdutyModel):
    """Figures about the covered incidents, computed from them and editable afterwards."""

    incidents_highest_severity: str
    """Worst severity among the incidents, e.g. `Critical`."""
    incidents_earliest_start_seconds: int
    """Earliest incident start, Unix seconds."""
    incidents_latest_close_seconds: int
    """Latest incident close, Unix seconds."""
    incidents_total_duration_seconds: int
    """Combined duration of the incidents, in seconds."""
    responders: list[responder.Responder] | None
    """Members who responded to the incidents."""
