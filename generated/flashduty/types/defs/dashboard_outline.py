"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    dashboard_outline_folder,
    dashboard_outline_info,
    dashboard_outline_tab,
    dashboard_outline_variable,
)


class DashboardOutline(FlashdutyModel):
    """The structure of a dashboard (titles and kinds) without queries."""

    dashboard: dashboard_outline_info.DashboardOutlineInfo | None = None
    folder: dashboard_outline_folder.DashboardOutlineFolder | None = None
    tabs: Annotated[list[dashboard_outline_tab.DashboardOutlineTab], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Tabs; only the branch holding `target_id` when one was given."""
    variables: Annotated[
        list[dashboard_outline_variable.DashboardOutlineVariable], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Variables."""
