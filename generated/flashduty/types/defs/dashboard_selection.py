"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class DashboardSelection(FlashdutyModel):
    """The values chosen for a variable."""

    kind: Annotated[Literal["values", "all"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """`values` picks the listed values, `all` picks everything."""
    values: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Chosen values; empty for `all`."""
