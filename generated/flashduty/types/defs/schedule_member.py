"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ScheduleMember(FlashdutyModel):
    """One slot of an on-call group - the members who hold a given on-call role."""

    role_id: int = 0
    """On-call role of this slot (see `schedules.oncall_roles.list`); 0 is the primary role."""
    person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members on call in this slot."""
