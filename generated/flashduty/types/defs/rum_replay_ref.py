"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumReplayRef(FlashdutyModel):
    """Reference to an application, session or view by ID."""

    id: str = ""
    """The ID."""
