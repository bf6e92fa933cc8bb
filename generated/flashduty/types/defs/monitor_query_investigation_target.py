"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import dashboard_query


class MonitorQueryInvestigationTarget(FlashdutyModel):
    """An Explore query opened from an alert."""

    datasource_id: int = 0
    """Data source the query runs on."""
    query: dashboard_query.DashboardQuery | None = None
