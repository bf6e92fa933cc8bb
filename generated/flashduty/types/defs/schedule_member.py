"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleMember(FlashdutyModel):
    """One slot of an on-call group - the members who hold a given on-call role."""

    role_id: int = 0
    """On-call role of this slot (see `schedules.oncall_roles.list`); 0 is the primary role."""
    person_ids: list[int] = []
    """Members on call in this slot."""
