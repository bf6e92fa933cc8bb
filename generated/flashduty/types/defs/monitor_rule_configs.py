"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
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

    queries: Annotated[list[monitor_rule_query.MonitorRuleQuery], Field(validate_default=True)] = []
    """Main queries; at least one."""
    relate_queries: Annotated[
        list[monitor_rule_relate_query.MonitorRuleRelateQuery],
        Field(validate_default=True),
    ] = []
    """
    Supporting queries that never fire on their own; their results travel with alert events as context.
    """
    check_threshold: monitor_threshold_check.MonitorThresholdCheck | None = None
    check_anydata: monitor_any_data_check.MonitorAnyDataCheck | None = None
    check_nodata: monitor_no_data_check.MonitorNoDataCheck | None = None
