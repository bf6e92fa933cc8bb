"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import (
    monitor_enabled_time,
    monitor_investigation_target,
    monitor_rule_configs_v2,
)


class MonitorRuleV2Settings(FlashdutyModel):
    """
    The editable part of a v2 alert rule. Same fields as the v1 rule, but its checks say how alerts end (`recovery_mode`, `end_mode`) instead of the v1 recovery switches.
    """

    name: str = ""
    """Rule name; unique within its folder."""
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Labels added to every alert event of the rule."""
    annotations: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Extra key/value pairs sent with alert events; keys may not start with `$`."""
    ds_type: str = ""
    """Data source type the rule queries, e.g. `prometheus`."""
    ds_list: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Data source name patterns (wildcards allowed); merged with `ds_ids`."""
    ds_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Data source IDs; merged with `ds_list`, and unaffected by renames."""
    enabled: bool = False
    """Whether the rule runs; turning it off clears its active alerts."""
    debug_log_enabled: bool = False
    """Makes the edge log each evaluation in detail."""
    cron_pattern: str = ""
    """Six-field cron with seconds, or `@every 30s`; no `TZ=` prefix (use `timezone`)."""
    timezone: str = ""
    """IANA zone the schedule and time windows are read in; empty means `Asia/Shanghai`."""
    delay_seconds: int = 0
    """Shifts the query window back by this many seconds to allow for ingestion lag."""
    enabled_times: Annotated[list[monitor_enabled_time.MonitorEnabledTime], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Weekly windows in which the rule is active; empty means all day, every day."""
    description: str = ""
    """Rule description shown with its alerts."""
    description_type: Annotated[Literal["", "text", "markdown"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Format of `description`; empty means `text`."""
    channel_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Channels that receive the alerts; empty lets the integration's routing decide."""
    repeat_interval: int = 0
    """Seconds between repeated notifications; below 1 means 3600."""
    repeat_total: int = 0
    """Most repeated notifications per alert; below 1 means 3."""
    investigation_targets: Annotated[
        list[monitor_investigation_target.MonitorInvestigationTarget], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """
    Dashboards panels or Explore queries linked from the alert detail page. On update, leaving the field out keeps the current list and `[]` clears it.
    """
    rule_configs: monitor_rule_configs_v2.MonitorRuleConfigsV2 | None = None
