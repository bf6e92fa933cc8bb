"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import dashboard_data_link, dashboard_field_sort, dashboard_threshold


class DashboardVizConfig(FlashdutyModel):
    """
    How a panel draws its data. `kind` picks the visualization; each kind uses only some of the other fields (units and thresholds for charts, columns for tables, `markdown` for text).
    """

    kind: Annotated[
        Literal["time_series", "table", "stat", "bar", "gauge", "logs", "text"] | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Visualization kind."""
    options: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Free options of the chosen kind; kept exactly as sent."""
    unit: Annotated[
        Literal[
            "unitless",
            "ratio",
            "percent",
            "milliseconds",
            "seconds",
            "bytes",
            "bits",
            "count_per_second",
            "bytes_per_second",
            "bits_per_second",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """Unit of the numbers shown."""
    decimals: int | None = None
    """Fixed number of decimals; null lets the renderer choose."""
    threshold: dashboard_threshold.DashboardThreshold | None = None
    reducer: Annotated[
        Literal["last_non_null", "min", "max", "mean", "sum"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """How rows are reduced to one value (`stat`, `gauge`)."""
    value_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Fields holding the values (`stat`, `gauge`, `bar`)."""
    category_field: str = ""
    """Field for the category axis (`bar`)."""
    min: float | None = None
    """Lower end of the scale (`gauge`)."""
    max: float | None = None
    """Upper end of the scale (`gauge`); above `min`."""
    display_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Log fields shown per line (`logs`)."""
    markdown: str = ""
    """Markdown text, at most 64 KiB (`text`)."""
    sort: Annotated[list[dashboard_field_sort.DashboardFieldSort], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Initial sort of a table."""
    column_options: Annotated[dict[str, dict[str, Any]], NULL_AS_EMPTY] = Field(
        default_factory=new_dict
    )
    """Per-column display settings of a table, by field name (at most 100)."""
    link_columns: Annotated[list[dashboard_data_link.DashboardDataLink], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Drill-down link columns of a table."""
    data_link: dashboard_data_link.DashboardDataLink | None = None
