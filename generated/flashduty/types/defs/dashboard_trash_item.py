"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import dashboard_actor


class DashboardTrashItem(FlashdutyModel):
    """A deleted dashboard still in the trash."""

    dashboard_id: str = ""
    """Dashboard ID."""
    title: str = ""
    """Dashboard title."""
    description: str = ""
    """Description; empty when unset."""
    folder_id: int = 0
    """Folder it was in when deleted."""
    folder_breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Folder names from the top."""
    revision: int = 0
    """Revision at deletion; pass it as `expected_revision` to restore."""
    deleted_at: int = 0
    """Deletion time, Unix seconds."""
    deleted_by: dashboard_actor.DashboardActor | None = None
