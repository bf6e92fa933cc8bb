"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class ScheduleDayMask(FlashdutyModel):
    """Weekdays on which the layer takes part; days left out are skipped."""

    repeat: list[int] = []
    """Weekdays included, 0 for Sunday through 6 for Saturday."""
