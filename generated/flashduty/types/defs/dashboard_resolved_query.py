"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel

from . import dashboard_runtime_datasource


class DashboardResolvedQuery(FlashdutyModel):
    """A panel query with variables filled in and its data source bound."""

    ref_id: str = ""
    """Query letter within the panel."""
    expr: str = ""
    """Expression with variables substituted."""
    mode: Annotated[Literal["instant", "range", "window"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Evaluation mode."""
    min_step_seconds: int | None = None
    """Smallest step in seconds; null when unset."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Query arguments."""
    datasource: dashboard_runtime_datasource.DashboardRuntimeDatasource | None = None
