"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import responder_insight_metrics


class ResponderInsightMetricsList(FlashdutyModel):
    """Rows of a responder metrics report."""

    items: Annotated[list[responder_insight_metrics.ResponderInsightMetrics], NULL_AS_EMPTY] = (
        Field(default_factory=new_list)
    )
    """One row per responder, time bucket and hour split requested."""
