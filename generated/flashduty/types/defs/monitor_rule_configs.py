"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    monitor_any_data_check,
    monitor_no_data_check,
    monitor_rule_query,
    monitor_rule_relate_query,
    monitor_threshold_check,
)


class MonitorRuleConfigs(FlashdutyModel):
    """How a rule evaluates: its queries and up to three checks (threshold, any data, no data)."""

    queries: Annotated[list[monitor_rule_query.MonitorRuleQuery], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Main queries; at least one."""
    relate_queries: Annotated[
        list[monitor_rule_relate_query.MonitorRuleRelateQuery], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """
    Supporting queries that never fire on their own; their results travel with alert events as context.
    """
    check_threshold: monitor_threshold_check.MonitorThresholdCheck | None = None
    check_anydata: monitor_any_data_check.MonitorAnyDataCheck | None = None
    check_nodata: monitor_no_data_check.MonitorNoDataCheck | None = None
