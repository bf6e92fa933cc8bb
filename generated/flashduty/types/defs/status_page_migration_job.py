"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import status_page_migration_progress


class StatusPageMigrationJob(FlashdutyModel):
    """State of a job migrating an Atlassian Statuspage into Flashduty."""

    job_id: str = ""
    """Job ID."""
    account_id: int = 0
    """Account running the job."""
    source_page_id: str = ""
    """Atlassian Statuspage page being migrated."""
    target_page_id: int = 0
    """
    Flashduty status page receiving the data; known once the job has created it, or given up front for subscriber migrations.
    """
    phase: Annotated[Literal["structure", "history", "subscribers"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """What the job is migrating now - page structure, past events, or subscribers."""
    status: Annotated[
        Literal["pending", "running", "completed", "failed", "cancelled"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """Where the job stands."""
    progress: status_page_migration_progress.StatusPageMigrationProgress | None = None
    error: str = ""
    """Why the job failed, when `status` is `failed`."""
    created_at: int = 0
    """When the job was created, Unix seconds."""
    updated_at: int = 0
    """Last status change, Unix seconds."""
