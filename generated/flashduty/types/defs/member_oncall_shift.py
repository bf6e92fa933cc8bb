"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MemberOncallShift(FlashdutyModel):
    """One on-call shift of a member; `end_at` is absent while it lasts."""

    schedule_id: int = 0
    schedule_name: str = ""
    start_at: int = 0
    end_at: int = 0
