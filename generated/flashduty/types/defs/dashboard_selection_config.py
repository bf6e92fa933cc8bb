"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardSelectionConfig(FlashdutyModel):
    """How many values a variable takes."""

    mode: Annotated[Literal["single", "multi"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """One value or several."""
    include_all: bool = False
    """Whether `all` may be chosen."""
