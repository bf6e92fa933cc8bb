"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleCreated(FlashdutyModel):
    """The schedule just created."""

    schedule_id: int = 0
    """ID of the new schedule."""
