"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_settings import MonitorRuleSettings


class MonitorRuleImportItem(MonitorRuleSettings):
    """One rule to import: exported settings plus the target folder and, optionally, channels."""

    folder_id: int
    """Folder to create the rule in."""
    channel_ids: list[int] | None = None
    """Channels that receive the rule's alerts."""
    name: str
    """Rule name, unique within the account."""
    ds_type: str
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    cron_pattern: str
    """Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`."""
