"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class CalendarEventUpserted(FlashdutyModel):
    """The event just created or changed."""

    cal_id: str = ""
    """Calendar ID."""
    event_id: str = ""
    """ID of the event, new or existing."""
    summary: str = ""
    """Its title."""
