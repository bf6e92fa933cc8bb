"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import calendar


class CalendarList(FlashdutyModel):
    """Calendars, all in one answer."""

    items: list[calendar.Calendar] | None
    """The calendars."""
    total: int
    """Number of calendars returned."""
