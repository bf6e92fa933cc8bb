"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_resolved_panel_queries,
    dashboard_selection,
    dashboard_time_range,
)


class DashboardQueriesResolution(FlashdutyModel):
    """Panel queries bound to data sources, not run."""

    dashboard_id: str = ""
    """Dashboard ID."""
    revision: int = 0
    """Revision used."""
    time: dashboard_time_range.DashboardTimeRange | None = None
    variables: Annotated[dict[str, dashboard_selection.DashboardSelection], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Variable selections that resolved."""
    panels: Annotated[
        list[dashboard_resolved_panel_queries.DashboardResolvedPanelQueries], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """One entry per requested panel."""
