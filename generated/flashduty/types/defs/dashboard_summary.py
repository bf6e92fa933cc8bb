"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import dashboard_actor


class DashboardSummary(FlashdutyModel):
    """A dashboard as listed, without its definition."""

    dashboard_id: str = ""
    """Dashboard ID."""
    title: str = ""
    """Dashboard title."""
    description: str = ""
    """Description; empty when unset."""
    folder_id: int = 0
    """Folder ID."""
    folder_breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Folder names from the top."""
    revision: int = 0
    """Current revision."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    updated_by: dashboard_actor.DashboardActor | None = None
    """The member whose change made the current revision."""
