"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardActor(FlashdutyModel):
    """A member who acted on a dashboard."""

    id: int = 0
    """Member ID."""
    name: str = ""
    """Member name."""
