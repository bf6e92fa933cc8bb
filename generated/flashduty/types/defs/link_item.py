"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class LinkItem(FlashdutyModel):
    """A link a channel renders for its incidents."""

    name: str = ""
    """Label."""
    endpoint: str = ""
    """Rendered URL."""
    open_type: Literal["popup", "tab"] | str = ""
    """Whether it opens in a popup or a new tab."""
