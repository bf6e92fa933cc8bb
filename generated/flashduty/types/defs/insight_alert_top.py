"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class InsightAlertTop(FlashdutyModel):
    """Alert counts of one `check` or `resource` label value."""

    label: str = ""
    """Value of the grouping label: a check name or a resource."""
    hours: Annotated[Literal["work", "sleep", False] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Part of the day an incident started in, by the account's hour settings: working hours, sleeping hours or other off hours.
    """
    total_alert_cnt: int = 0
    """Alerts with this label value."""
    total_alert_event_cnt: int = 0
    """Raw alert events with this label value."""
