"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import dashboard_trash_item


class DashboardTrashPage(FlashdutyModel):
    """A page of trashed dashboards."""

    items: Annotated[list[dashboard_trash_item.DashboardTrashItem], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Deleted dashboards of this page."""
    total: int = 0
    """Deleted dashboards in all."""
