"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class Pushed(FlashdutyModel):
    """What a push returns."""

    key: str = ""
    """Key of the event."""
