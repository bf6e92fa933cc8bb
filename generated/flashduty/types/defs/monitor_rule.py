"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from .monitor_rule_settings import MonitorRuleSettings


class MonitorRule(MonitorRuleSettings):
    """An alert rule with its server-assigned fields."""

    id: int
    """Rule ID."""
    account_id: int
    """Account that owns the rule."""
    folder_id: int
    """Folder the rule lives in."""
    channel_ids: list[int] | None = None
    """Channels that receive the rule's alerts; empty lets the integration's routing decide."""
    creator_id: int
    """Member who created the rule."""
    creator_name: str
    """Name of that member."""
    updater_id: int
    """Member who changed the rule last."""
    updater_name: str
    """Name of that member."""
    created_at: int
    """Creation time, Unix seconds."""
    updated_at: int
    """Last change, Unix seconds."""
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
    delay_seconds: int
    """Seconds to shift the query window back, to wait for late data."""
