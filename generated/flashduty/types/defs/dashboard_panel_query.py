"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import dashboard_query


class DashboardPanelQuery(FlashdutyModel):
    """One query of a panel."""

    ref_id: str = ""
    """One upper-case letter naming the query within the panel."""
    legend_alias: str = ""
    """Optional legend label; may use variables like `expr`."""
    query: dashboard_query.DashboardQuery | None = None
