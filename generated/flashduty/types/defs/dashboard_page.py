"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_summary


class DashboardPage(FlashdutyModel):
    """A page of dashboards."""

    items: Annotated[list[dashboard_summary.DashboardSummary], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Dashboards of this page."""
    total: int = 0
    """Matching dashboards over all pages."""
