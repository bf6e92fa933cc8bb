"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorExploreExecution(FlashdutyModel):
    """How a range query was run."""

    kind: str = ""
    """Always `range` when present."""
    effective_step_seconds: int = 0
    """Step actually used, after `max_data_points` and `min_step_seconds`."""
