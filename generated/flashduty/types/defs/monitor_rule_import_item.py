"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_settings import MonitorRuleSettings


class MonitorRuleImportItem(MonitorRuleSettings):
    """One rule to import: exported settings plus the target folder and, optionally, channels."""

    folder_id: int = 0
    """Folder to create the rule in."""
    channel_ids: list[int] = []
    """Channels that receive the rule's alerts."""
