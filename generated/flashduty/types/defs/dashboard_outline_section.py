"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_outline_panel


class DashboardOutlineSection(FlashdutyModel):
    """A section in an outline."""

    id: str = ""
    """Section ID."""
    title: str = ""
    """Section title."""
    description: str = ""
    """Description; empty when unset."""
    breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Dashboard, tab and section titles."""
    panels: Annotated[list[dashboard_outline_panel.DashboardOutlinePanel], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Panels of the section."""
