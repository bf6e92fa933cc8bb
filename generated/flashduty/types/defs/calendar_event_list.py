"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import calendar_event


class CalendarEventList(FlashdutyModel):
    """Events of a calendar, all in one answer."""

    items: list[calendar_event.CalendarEvent] | None
    """Events ordered by `start_at`."""
    total: int
    """Number of events returned."""
