"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ScheduleDayMask(FlashdutyModel):
    """Weekdays on which the layer takes part; days left out are skipped."""

    repeat: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Weekdays included, 0 for Sunday through 6 for Saturday."""
