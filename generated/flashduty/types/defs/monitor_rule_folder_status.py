"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleFolderStatus(FlashdutyModel):
    """Rule totals of one folder and everything below it."""

    folder_id: int
    """Folder ID."""
    folder_name: str | None = None
    """Folder name."""
    rule_total: int
    """Count of rules in this folder, subfolders included."""
    triggered_rule_count: int
    """Those of them with alerts firing."""
