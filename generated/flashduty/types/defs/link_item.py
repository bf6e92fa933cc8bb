"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class LinkItem(FlashdutyModel):
    """A link a channel renders for its incidents."""

    name: str = ""
    """Label."""
    endpoint: str = ""
    """Rendered URL."""
    open_type: Annotated[Literal["popup", "tab"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether it opens in a popup or a new tab."""
