"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_settings import MonitorRuleSettings


class MonitorRuleExport(MonitorRuleSettings):
    """
    A rule as exported: its settings without IDs, folder, channels or audit fields, ready to be imported elsewhere.
    """

    name: str
    """Rule name, unique within the account."""
    ds_type: str
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    enabled: bool
    """Whether the rule is evaluated."""
    debug_log_enabled: bool
    """Whether the engine writes detailed debug logs for this rule."""
    cron_pattern: str
    """Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`."""
