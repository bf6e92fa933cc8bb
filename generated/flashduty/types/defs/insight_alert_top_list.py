"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import insight_alert_top


class InsightAlertTopList(FlashdutyModel):
    """The top label values by alert volume."""

    items: Annotated[list[insight_alert_top.InsightAlertTop], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Label values, most alerts first unless `asc` is set."""
