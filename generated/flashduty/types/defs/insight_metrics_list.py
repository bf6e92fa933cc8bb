"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import insight_metrics


class InsightMetricsList(FlashdutyModel):
    """Rows of an account, team or channel metrics report."""

    items: Annotated[list[insight_metrics.InsightMetrics], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """
    One row per dimension value, time bucket and hour split requested; a single row when nothing splits the window.
    """
