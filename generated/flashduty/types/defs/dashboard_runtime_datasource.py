"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class DashboardRuntimeDatasource(FlashdutyModel):
    """The data source a query or variable was bound to."""

    id: int = 0
    """Data source ID."""
    name: str = ""
    """Data source name."""
    type: str = ""
    """Data source type."""
