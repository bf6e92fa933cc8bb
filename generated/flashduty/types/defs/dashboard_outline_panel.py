"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import dashboard_viz_config


class DashboardOutlinePanel(FlashdutyModel):
    """A panel in an outline."""

    id: str = ""
    """Panel ID."""
    title: str = ""
    """Panel title."""
    description: str = ""
    """Description; empty when unset."""
    breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Titles from the dashboard down to the panel."""
    datasource_type: str = ""
    """Data source type queried; empty for text panels."""
    viz_config: dashboard_viz_config.DashboardVizConfig | None = None
