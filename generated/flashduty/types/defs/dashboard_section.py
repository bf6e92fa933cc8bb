"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_panel


class DashboardSection(FlashdutyModel):
    """A collapsible group of panels."""

    id: str = ""
    """Section ID, a UUIDv7 unique within the definition."""
    title: str = ""
    """Section title."""
    description: str = ""
    """Optional description."""
    collapsed: bool = False
    """Whether the section starts folded."""
    panels: Annotated[list[dashboard_panel.DashboardPanel], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Panels of the section, at most 30."""
