"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class RumReplayDevice(FlashdutyModel):
    """Device the session was recorded on."""

    type: Annotated[
        Literal["Mobile", "Desktop", "Tablet", "TV", "Gaming_console", "Bot", "Other"] | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Device class."""
