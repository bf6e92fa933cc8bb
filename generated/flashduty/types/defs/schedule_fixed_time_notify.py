"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class ScheduleFixedTimeNotify(FlashdutyModel):
    """A reminder sent at a fixed time of day, in addition to the one before each shift."""

    cycle: Annotated[Literal["day"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """How often the reminder repeats; only daily is supported."""
    start: str = ""
    """Time of day to send it, `HH:MM`, e.g. `08:00`."""
