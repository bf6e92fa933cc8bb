"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class RumReplayDevice(FlashdutyModel):
    """Device the session was recorded on."""

    type: Literal["Mobile", "Desktop", "Tablet", "TV", "Gaming_console", "Bot", "Other"] | str = ""
    """Device class."""
