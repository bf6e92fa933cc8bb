"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import monitor_enabled_time, monitor_rule_configs


class MonitorRuleSettings(FlashdutyModel):
    """
    The editable, portable part of an alert rule: what to query, how to judge the results and how to notify. Create, update, export and import all share it.
    """

    name: str = ""
    """Rule name, unique within the account."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Labels added to every alert event the rule produces."""
    ds_type: str = ""
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    ds_list: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Which data sources the rule queries, by name (wildcards allowed); the union with `ds_ids` is used.
    """
    ds_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Which data sources the rule queries, by ID; the union with `ds_list` is used. IDs keep working after a data source is renamed, names do not.
    """
    enabled: bool = False
    """Whether the rule is evaluated."""
    debug_log_enabled: bool = False
    """Whether the engine writes detailed debug logs for this rule."""
    rule_configs: monitor_rule_configs.MonitorRuleConfigs | None = None
    cron_pattern: str = ""
    """Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`."""
    timezone: str = "Asia/Shanghai"
    """
    IANA time zone (such as `UTC`) in which the schedule and the enabled time windows are read; `Asia/Shanghai` when empty. Offsets like `UTC+8` are refused.
    """
    delay_seconds: int = 0
    """Seconds to shift the query window back, to wait for late data."""
    enabled_times: Annotated[list[monitor_enabled_time.MonitorEnabledTime], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Windows in which the rule is active (any of them); empty means always."""
    annotations: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Free-form key-value pairs copied onto every alert event; grouping ignores them."""
    description_type: Annotated[Literal["text", "markdown"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether `description` is `text` or `markdown`; required once `description` is non-empty."""
    description: str = ""
    """Free-text description sent with the alerts."""
    repeat_interval: int = 0
    """Seconds between repeated notifications for an alert still firing."""
    repeat_total: int = 0
    """Maximum number of repeated notifications."""
