"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import dashboard_actor, dashboard_definition


class DashboardRevision(FlashdutyModel):
    """One entry of a dashboard's history; `definition` only when fetched alone."""

    dashboard_id: str = ""
    """Dashboard ID."""
    revision: int = 0
    """Revision number."""
    folder_id: int = 0
    """Folder the dashboard was in at that revision."""
    message: str = ""
    """Optional message saved with the revision."""
    actor: dashboard_actor.DashboardActor | None = None
    created_at: int = 0
    """When the revision was made, Unix seconds."""
    schema_version: str = ""
    """Version of the `definition` format."""
    definition: dashboard_definition.DashboardDefinition | None = None
