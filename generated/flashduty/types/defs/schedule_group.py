"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import schedule_member


class ScheduleGroup(FlashdutyModel):
    """
    An on-call group of a layer. Groups take turns, one per rotation cycle. In computed shifts `start` and `end` give the shift's bounds; in a layer definition they are 0.
    """

    group_name: str
    """Group name shown in the console, e.g. `A`."""
    name: str | None = None
    """Older alias of `group_name`, kept for compatibility."""
    members: list[schedule_member.ScheduleMember] | None
    """Role slots of the group and who fills them."""
    start: int | None = None
    """Start of the group's shift, Unix seconds; 0 in a layer definition."""
    end: int | None = None
    """End of the group's shift, Unix seconds; 0 in a layer definition."""
