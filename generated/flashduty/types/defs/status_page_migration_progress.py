"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class StatusPageMigrationProgress(FlashdutyModel):
    """How far a migration job has got, as counts."""

    total_steps: int = 0
    """Steps the job will take."""
    completed_steps: int = 0
    """Steps done so far."""
    components_imported: int = 0
    """Components imported."""
    sections_imported: int = 0
    """Sections imported."""
    incidents_imported: int = 0
    """Past incidents imported."""
    maintenances_imported: int = 0
    """Maintenances imported."""
    subscribers_imported: int = 0
    """Subscribers imported."""
    templates_imported: int = 0
    """Templates imported."""
    subscribers_skipped: int = 0
    """Subscribers left out, e.g. because they already exist."""
    warnings: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Problems that did not stop the job."""
