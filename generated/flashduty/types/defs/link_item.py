"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class LinkItem(FlashdutyModel):
    """A link a channel renders for its incidents."""

    name: str = ""
    """Label."""
    endpoint: str = ""
    """Rendered URL."""
    open_type: Annotated[Literal["popup", "tab"] | str, OPEN_ENUM] = ""
    """Whether it opens in a popup or a new tab."""
