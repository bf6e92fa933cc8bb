"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_v2_settings import MonitorRuleV2Settings


class MonitorRuleV2(MonitorRuleV2Settings):
    """A v2 alert rule with its server-assigned fields."""

    id: int = 0
    """Rule ID."""
    account_id: int = 0
    """Account that owns the rule."""
    folder_id: int = 0
    """Folder the rule lives in."""
    creator_id: int = 0
    """Member who created the rule."""
    creator_name: str = ""
    """Name of the member who created the rule."""
    updater_id: int = 0
    """Member who changed the rule last."""
    updater_name: str = ""
    """Name of the member who changed the rule last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
