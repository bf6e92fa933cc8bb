"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class MonitorRuleBasic(FlashdutyModel):
    """
    An alert rule as lists show it, without its query configuration, plus whether it is firing.
    """

    id: int = 0
    """Rule ID."""
    account_id: int = 0
    """Account that owns the rule."""
    folder_id: int = 0
    """Folder the rule lives in."""
    name: str = ""
    """Rule name."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Labels the rule adds to its alert events."""
    ds_type: str = ""
    """Data source type, e.g. `prometheus`."""
    enabled: bool = False
    """Whether the rule is evaluated."""
    debug_log_enabled: bool = False
    """Whether debug logging is on."""
    cron_pattern: str = ""
    """Evaluation schedule (5-field cron)."""
    delay_seconds: int = 0
    """Query delay in seconds."""
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
    triggered: bool = False
    """Whether the rule has alerts firing right now."""
    timezone: str = ""
    """IANA time zone the rule runs in."""
    active_alert_count: int = 0
    """Alerts of the rule not yet recovered; `triggered` is this above 0."""
    runtime_state: Annotated[
        Literal[
            "disabled",
            "offline",
            "abnormal",
            "stale",
            "no_datasource",
            "config_pending",
            "waiting",
            "normal",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """How evaluation is going, from the edge's reports; absent when unknown."""
