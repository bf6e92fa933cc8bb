"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class MonitorEnabledTime(FlashdutyModel):
    """A weekly period during which the rule is in effect."""

    days: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Weekdays, 0 for Sunday through 6 for Saturday."""
    stime: str = ""
    """Start time of day, `HH:mm`."""
    etime: str = ""
    """End time of day, `HH:mm`."""
