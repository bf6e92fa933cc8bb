"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import responder_insight_metrics


class ResponderInsightMetricsList(FlashdutyModel):
    """Rows of a responder metrics report."""

    items: Annotated[
        list[responder_insight_metrics.ResponderInsightMetrics],
        Field(validate_default=True),
    ] = []
    """One row per responder, time bucket and hour split requested."""
