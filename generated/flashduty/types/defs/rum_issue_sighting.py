"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumIssueSighting(FlashdutyModel):
    """When and in which version an issue occurred (first or last time)."""

    timestamp: int = 0
    """Occurrence time, Unix milliseconds."""
    version: str = ""
    """Application version."""
