"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import member_oncall_shift, member_schedule


class MemberOncallStatus(FlashdutyModel):
    """Whether a member is on call now, their next shift and their schedules."""

    current: member_oncall_shift.MemberOncallShift | None = None
    """The shift the member is on now; absent when off call."""
    next: member_oncall_shift.MemberOncallShift | None = None
    """The member's next shift to come; absent when none is planned."""
    schedules: Annotated[list[member_schedule.MemberSchedule], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
