"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import dashboard_actor, dashboard_definition


class Dashboard(FlashdutyModel):
    """A stored dashboard with its whole definition."""

    dashboard_id: str = ""
    """Dashboard ID, a UUIDv7 chosen by the caller at creation."""
    folder_id: int = 0
    """Folder the dashboard is in."""
    folder_breadcrumb: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Folder names from the top down to `folder_id`."""
    revision: int = 0
    """Current revision; pass it back as `expected_revision` when writing."""
    schema_version: str = ""
    """Version of the `definition` format; `dashboard.v1`."""
    definition: dashboard_definition.DashboardDefinition | None = None
    created_at: int = 0
    """Creation time, Unix seconds."""
    created_by: dashboard_actor.DashboardActor | None = None
    """The member who created the dashboard."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    updated_by: dashboard_actor.DashboardActor | None = None
    """The member whose change made the current revision."""
