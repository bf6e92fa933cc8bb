"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_candidate,
    dashboard_datasource_ref,
    dashboard_selection,
    dashboard_selection_config,
    dashboard_variable_query,
)


class DashboardVariable(FlashdutyModel):
    """
    A dashboard variable. `kind` says where its values come from: a choice of data sources (`datasource`), a fixed list (`custom`) or a query (`query`); each kind uses only some of the fields.
    """

    kind: Annotated[Literal["datasource", "custom", "query"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Where the candidates come from."""
    name: str = ""
    """Name used in `{{ }}` templates."""
    label: str = ""
    """Optional label shown instead of the name."""
    datasource_type: str = ""
    """Type of the data sources offered (`datasource`)."""
    name_patterns: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Wildcards narrowing the data sources offered (`datasource`)."""
    default_datasource_id: int = 0
    """Data source chosen by default (`datasource`)."""
    options: Annotated[list[dashboard_candidate.DashboardCandidate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The fixed candidates, 1 to 1000 (`custom`)."""
    datasource_ref: dashboard_datasource_ref.DashboardDatasourceRef | None = None
    variable_query: dashboard_variable_query.DashboardVariableQuery | None = None
    refresh: Annotated[
        Literal["on_dashboard_load", "on_time_range_change"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """When the candidates are computed again (`query`)."""
    selection: dashboard_selection_config.DashboardSelectionConfig | None = None
    default: dashboard_selection.DashboardSelection | None = None
