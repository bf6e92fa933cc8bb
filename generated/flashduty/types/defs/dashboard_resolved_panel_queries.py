"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_resolved_query, dashboard_runtime_error


class DashboardResolvedPanelQueries(FlashdutyModel):
    """The resolved queries of one panel."""

    panel_id: str = ""
    """Panel ID."""
    state: Annotated[Literal["success", "partial", "error"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether all, some or none of the queries resolved."""
    queries: Annotated[list[dashboard_resolved_query.DashboardResolvedQuery], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Queries that resolved."""
    error: dashboard_runtime_error.DashboardRuntimeError | None = None
