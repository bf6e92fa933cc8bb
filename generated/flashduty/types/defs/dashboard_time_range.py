"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardTimeRange(FlashdutyModel):
    """An absolute time range in Unix milliseconds."""

    from_ms: int = 0
    """Start, Unix milliseconds."""
    to_ms: int = 0
    """End, Unix milliseconds."""
