"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RumIssueRegression(FlashdutyModel):
    """Present when a resolved issue came back."""

    regressed_at: int = 0
    """When it came back, Unix milliseconds."""
    regressed_at_version: str = ""
    """Version in which it came back."""
    resolved_at: int = 0
    """When it had been resolved before, Unix milliseconds."""
