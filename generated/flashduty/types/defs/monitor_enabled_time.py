"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorEnabledTime(FlashdutyModel):
    """A weekly period during which the rule is in effect."""

    days: list[int] = []
    """Weekdays, 0 for Sunday through 6 for Saturday."""
    stime: str = ""
    """Start time of day, `HH:mm`."""
    etime: str = ""
    """End time of day, `HH:mm`."""
