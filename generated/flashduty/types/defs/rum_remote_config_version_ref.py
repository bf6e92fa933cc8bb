"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumRemoteConfigVersionRef(FlashdutyModel):
    """The version a write stored."""

    version: int = 0
    """The new version number."""
