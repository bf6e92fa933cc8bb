"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import monitor_explore_execution, monitor_explore_result


class MonitorExploreData(FlashdutyModel):
    """Result of an Explore query (`explore_result.v1`)."""

    format: str = ""
    """Result format; `explore_result.v1`."""
    execution: monitor_explore_execution.MonitorExploreExecution | None = None
    result: monitor_explore_result.MonitorExploreResult | None = None
