"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardThreshold(FlashdutyModel):
    """Warning and critical bounds of a chart."""

    mode: Annotated[Literal["higher_is_worse", "lower_is_worse"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """Which side of the bound is bad."""
    warning: float | None = None
    """Warning bound."""
    critical: float | None = None
    """Critical bound."""
