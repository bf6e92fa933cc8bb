"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardFieldSort(FlashdutyModel):
    """A sort key of a table panel."""

    field: str = ""
    """Field to sort by."""
    direction: Annotated[Literal["asc", "desc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Sort direction."""
