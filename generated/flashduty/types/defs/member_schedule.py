"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MemberSchedule(FlashdutyModel):
    """A schedule a member takes part in."""

    schedule_id: int = 0
    schedule_name: str = ""
