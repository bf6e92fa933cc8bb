"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorRuleFolderStatus(FlashdutyModel):
    """Rule totals of one folder and everything below it."""

    folder_id: int = 0
    """Folder ID."""
    folder_name: str = ""
    """Folder name."""
    rule_total: int = 0
    """Count of rules in this folder, subfolders included."""
    triggered_rule_count: int = 0
    """Those of them with alerts firing."""
