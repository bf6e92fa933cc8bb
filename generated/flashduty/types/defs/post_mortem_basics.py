"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import responder


class PostMortemBasics(FlashdutyModel):
    """Figures about the covered incidents, computed from them and editable afterwards."""

    incidents_highest_severity: str = ""
    """Worst severity among the incidents, e.g. `Critical`."""
    incidents_earliest_start_seconds: int = 0
    """Earliest incident start, Unix seconds."""
    incidents_latest_close_seconds: int = 0
    """Latest incident close, Unix seconds."""
    incidents_total_duration_seconds: int = 0
    """Combined duration of the incidents, in seconds."""
    responders: Annotated[list[responder.Responder], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Members who responded to the incidents."""
