"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import dashboard_label_filter


class DashboardVariableQuery(FlashdutyModel):
    """The query that yields a variable's candidates; `kind` says which fields apply."""

    kind: Annotated[Literal["prometheus", "logs", "sql"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Label values from Prometheus, a log field, or a SQL column."""
    metric: str = ""
    """Metric that limits the series (`prometheus`)."""
    label: str = ""
    """Label whose values become candidates (`prometheus`)."""
    label_filters: Annotated[list[dashboard_label_filter.DashboardLabelFilter], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Matchers that narrow the series (`prometheus`)."""
    expr: str = ""
    """Logs query or SQL statement; may use other variables."""
    field: str = ""
    """Log field whose values become candidates (`logs`)."""
    value_field: str = ""
    """Column with the values (`sql`)."""
    text_field: str = ""
    """Column with the labels (`sql`); the value column by default."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Named query arguments."""
