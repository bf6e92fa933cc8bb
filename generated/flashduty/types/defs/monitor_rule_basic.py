"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from ..._models import FlashdutyModel


class MonitorRuleBasic(FlashdutyModel):
    """
    An alert rule as lists show it, without its query configuration, plus whether it is firing.
    """

    id: int
    """Rule ID."""
    account_id: int
    """Account that owns the rule."""
    folder_id: int
    """Folder the rule lives in."""
    name: str
    """Rule name."""
    labels: dict[str, Any] | None = None
    """Labels the rule adds to its alert events."""
    ds_type: str
    """Data source type, e.g. `prometheus`."""
    enabled: bool
    """Whether the rule is evaluated."""
    debug_log_enabled: bool
    """Whether debug logging is on."""
    cron_pattern: str
    """Evaluation schedule (5-field cron)."""
    delay_seconds: int
    """Query delay in seconds."""
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
    triggered: bool
    """Whether the rule has alerts firing right now."""
