"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class DashboardLabelFilter(FlashdutyModel):
    """A label matcher."""

    label: str = ""
    """Label name."""
    op: Annotated[Literal["=", "!=", "=~", "!~"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Matcher operator."""
    value: str = ""
    """Value or pattern; may use variables."""
