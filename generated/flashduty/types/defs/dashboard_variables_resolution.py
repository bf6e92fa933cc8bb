"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import dashboard_resolved_variable, dashboard_selection


class DashboardVariablesResolution(FlashdutyModel):
    """A dashboard's variables resolved for a time range."""

    dashboard_id: str = ""
    """Dashboard ID (stored dashboards only)."""
    revision: int = 0
    """Revision used (stored dashboards only)."""
    selections: Annotated[dict[str, dashboard_selection.DashboardSelection], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Effective selections by variable name."""
    variables: Annotated[
        list[dashboard_resolved_variable.DashboardResolvedVariable], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Resolved variables in definition order."""
