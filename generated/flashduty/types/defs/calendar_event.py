"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CalendarEvent(FlashdutyModel):
    """
    A day range marked off (holiday) or on (extra workday) in a calendar. Dates are `YYYY-MM-DD` in the calendar's time zone; `end_at` is exclusive.
    """

    cal_id: str = ""
    """Calendar of the event; a locale key such as `zh-cn.china.official` for public holidays."""
    event_id: str = ""
    """Event ID."""
    summary: str = ""
    """Short title, e.g. `Labour Day`."""
    description: str = ""
    """Free-text description."""
    start_at: str = ""
    """First day, `YYYY-MM-DD`."""
    end_at: str = ""
    """Day after the last one, `YYYY-MM-DD`."""
    is_off: bool = False
    """True for days off, false for days worked."""
    account_id: int = 0
    """Account that owns the event; absent for public events."""
    creator_id: int = 0
    """Member who created it; absent for public events."""
    created_at: int = 0
    """Creation time, Unix seconds; 0 for generated events."""
    updated_at: int = 0
    """Last change, Unix seconds; 0 for generated events."""
