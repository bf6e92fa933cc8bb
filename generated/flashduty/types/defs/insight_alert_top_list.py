"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import insight_alert_top


class InsightAlertTopList(FlashdutyModel):
    """The top label values by alert volume."""

    items: list[insight_alert_top.InsightAlertTop] | None = None
    """Label values, most alerts first unless `asc` is set."""
