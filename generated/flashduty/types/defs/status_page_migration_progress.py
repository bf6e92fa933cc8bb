"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageMigrationProgress(FlashdutyModel):
    """How far a migration job has got, as counts."""

    total_steps: int
    """Steps the job will take."""
    completed_steps: int
    """Steps done so far."""
    components_imported: int
    """Components imported."""
    sections_imported: int
    """Sections imported."""
    incidents_imported: int
    """Past incidents imported."""
    maintenances_imported: int
    """Maintenances imported."""
    subscribers_imported: int
    """Subscribers imported."""
    templates_imported: int
    """Templates imported."""
    subscribers_skipped: int
    """Subscribers left out, e.g. because they already exist."""
    warnings: list[str] | None = None
    """Problems that did not stop the job."""
