"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardDeletion(FlashdutyModel):
    """The revision a deletion was recorded under."""

    dashboard_id: str = ""
    """Dashboard ID."""
    revision: int = 0
    """Revision of the deletion."""
