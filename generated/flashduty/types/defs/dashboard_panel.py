"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_datasource_ref,
    dashboard_grid_position,
    dashboard_panel_query,
    dashboard_viz_config,
)


class DashboardPanel(FlashdutyModel):
    """One chart, table or text block."""

    id: str = ""
    """Panel ID, a UUIDv7 unique within the definition."""
    title: str = ""
    """Panel title."""
    description: str = ""
    """Optional description."""
    grid: dashboard_grid_position.DashboardGridPosition | None = None
    datasource_ref: dashboard_datasource_ref.DashboardDatasourceRef | None = None
    queries: Annotated[list[dashboard_panel_query.DashboardPanelQuery], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Queries; 1 to 26 for `time_series`, none for `text`, exactly one otherwise."""
    viz_config: dashboard_viz_config.DashboardVizConfig | None = None
