"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


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
    warnings: list[str] = []
    """Problems that did not stop the job."""
