"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CalendarCreated(FlashdutyModel):
    """The calendar just created."""

    cal_id: str = ""
    """ID of the new calendar."""
    cal_name: str = ""
    """Its name."""
