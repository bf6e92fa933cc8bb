"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class StatusPageMigrationStarted(FlashdutyModel):
    """A migration job that was just started."""

    job_id: str = ""
    """Job ID, for `status_pages.migrations.status` and `status_pages.migrations.cancel`."""
