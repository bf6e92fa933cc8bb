"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import insight_metrics


class InsightMetricsList(FlashdutyModel):
    """Rows of an account, team or channel metrics report."""

    items: list[insight_metrics.InsightMetrics] | None = None
    """
    One row per dimension value, time bucket and hour split requested; a single row when nothing splits the window.
    """
