"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import (
    dashboard_investigation_target,
    monitor_investigation_time_range,
    monitor_query_investigation_target,
)


class MonitorInvestigationTarget(FlashdutyModel):
    """
    A drill-down of an alert rule; a dashboard panel or an Explore query, around the event time.
    """

    kind: Annotated[Literal["dashboard", "query"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Which of `dashboard` and `query` is given (the other must be left out)."""
    dashboard: dashboard_investigation_target.DashboardInvestigationTarget | None = None
    query: monitor_query_investigation_target.MonitorQueryInvestigationTarget | None = None
    time_range: monitor_investigation_time_range.MonitorInvestigationTimeRange | None = None
