"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_panel, dashboard_section


class DashboardTab(FlashdutyModel):
    """One tab of a dashboard."""

    id: str = ""
    """Tab ID, a UUIDv7 unique within the definition."""
    title: str = ""
    """Tab title, unique among the tabs."""
    description: str = ""
    """Optional description."""
    top_panels: Annotated[list[dashboard_panel.DashboardPanel], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Panels placed on the tab itself, at most 30."""
    sections: Annotated[list[dashboard_section.DashboardSection], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Sections of the tab, at most 10."""
