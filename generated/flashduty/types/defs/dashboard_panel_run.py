"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_panel_run_budget,
    dashboard_panel_run_ref,
    dashboard_selection,
    dashboard_time_range,
    dashboard_viz_config,
)


class DashboardPanelRun(FlashdutyModel):
    """The result of running a panel, one entry per query."""

    dashboard_id: str = ""
    """Dashboard ID (stored panels only)."""
    revision: int = 0
    """Revision the run used (stored panels only)."""
    panel_id: str = ""
    """Panel ID."""
    run_state: Annotated[
        Literal["success", "partial", "incompatible", "cancelled", "error"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Overall state of the run."""
    time: dashboard_time_range.DashboardTimeRange | None = None
    variables: Annotated[dict[str, dashboard_selection.DashboardSelection], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Variable selections that resolved."""
    display: dashboard_viz_config.DashboardVizConfig | None = None
    budget: dashboard_panel_run_budget.DashboardPanelRunBudget | None = None
    refs: Annotated[list[dashboard_panel_run_ref.DashboardPanelRunRef], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Per-query results."""
