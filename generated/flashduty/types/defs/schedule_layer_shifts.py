"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import schedule_shift


class ScheduleLayerShifts(FlashdutyModel):
    """Computed shifts of one layer, or of the whole schedule once layers are merged."""

    layer_name: str = ""
    """Layer name; empty for the merged schedule."""
    name: str = ""
    """Older alias of `layer_name`."""
    mode: int = 0
    """0 for a regular layer, 1 for an override."""
    schedules: Annotated[list[schedule_shift.ScheduleShift], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Shifts in time order."""
