"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import (
    monitor_any_data_check_v2,
    monitor_no_data_check_v2,
    monitor_rule_query,
    monitor_rule_relate_query,
    monitor_threshold_check_v2,
)


class MonitorRuleConfigsV2(FlashdutyModel):
    """How a v2 rule evaluates; its queries and up to three checks."""

    queries: Annotated[list[monitor_rule_query.MonitorRuleQuery], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Main queries, at least one, each with its own name (`R` and `__all__` are reserved)."""
    relate_queries: Annotated[
        list[monitor_rule_relate_query.MonitorRuleRelateQuery], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Supporting queries whose results travel with alert events."""
    check_threshold: monitor_threshold_check_v2.MonitorThresholdCheckV2 | None = None
    check_anydata: monitor_any_data_check_v2.MonitorAnyDataCheckV2 | None = None
    check_nodata: monitor_no_data_check_v2.MonitorNoDataCheckV2 | None = None
