"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import schedule_member


class ScheduleGroup(FlashdutyModel):
    """
    An on-call group of a layer. Groups take turns, one per rotation cycle. In computed shifts `start` and `end` give the shift's bounds; in a layer definition they are 0.
    """

    group_name: str = ""
    """Group name shown in the console, e.g. `A`."""
    name: str = ""
    """Older alias of `group_name`, kept for compatibility."""
    members: Annotated[list[schedule_member.ScheduleMember], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Role slots of the group and who fills them."""
    start: int = 0
    """Start of the group's shift, Unix seconds; 0 in a layer definition."""
    end: int = 0
    """End of the group's shift, Unix seconds; 0 in a layer definition."""
