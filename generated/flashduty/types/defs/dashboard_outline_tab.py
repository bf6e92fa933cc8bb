"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_outline_panel, dashboard_outline_section


class DashboardOutlineTab(FlashdutyModel):
    """A tab in an outline."""

    id: str = ""
    """Tab ID."""
    title: str = ""
    """Tab title."""
    description: str = ""
    """Description; empty when unset."""
    breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Dashboard title, then tab title."""
    top_panels: Annotated[list[dashboard_outline_panel.DashboardOutlinePanel], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Panels on the tab itself."""
    sections: Annotated[list[dashboard_outline_section.DashboardOutlineSection], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """Sections of the tab."""
