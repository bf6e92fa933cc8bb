"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import responder_insight_metrics


class ResponderInsightMetricsList(FlashdutyModel):
    """Rows of a responder metrics report."""

    items: list[responder_insight_metrics.ResponderInsightMetrics] | None = None
    """One row per responder, time bucket and hour split requested."""
