"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_relative_time_range, dashboard_tab, dashboard_variable


class DashboardDefinition(FlashdutyModel):
    """What a dashboard shows; tabs of sections of panels, plus variables."""

    title: str = ""
    """Dashboard title."""
    description: str = ""
    """Optional description."""
    refresh_interval: Annotated[Literal["off", "30s", "1m", "5m"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """How often the console refreshes the dashboard."""
    default_time_range: dashboard_relative_time_range.DashboardRelativeTimeRange | None = None
    tabs: Annotated[list[dashboard_tab.DashboardTab], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Tabs, 1 to 10, with unique titles."""
    variables: Annotated[list[dashboard_variable.DashboardVariable], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Variables the queries can refer to as `{{ name }}`, at most 20."""
