"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class DashboardLabelFilter(FlashdutyModel):
    """A label matcher."""

    label: str = ""
    """Label name."""
    op: Annotated[Literal["=", "!=", "=~", "!~"] | str, OPEN_ENUM] = ""
    """Matcher operator."""
    value: str = ""
    """Value or pattern; may use variables."""
