"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_candidate,
    dashboard_runtime_datasource,
    dashboard_runtime_error,
    dashboard_selection,
)


class DashboardResolvedVariable(FlashdutyModel):
    """A variable with its candidates and effective selection."""

    name: str = ""
    """Variable name."""
    kind: Annotated[Literal["datasource", "custom", "query"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Where the candidates came from."""
    candidates: Annotated[list[dashboard_candidate.DashboardCandidate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Candidates, at most 1000."""
    selection: dashboard_selection.DashboardSelection | None = None
    datasource: dashboard_runtime_datasource.DashboardRuntimeDatasource | None = None
    error: dashboard_runtime_error.DashboardRuntimeError | None = None
