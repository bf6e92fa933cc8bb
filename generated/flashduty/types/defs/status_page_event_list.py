"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import status_page_event


class StatusPageEventList(FlashdutyModel):
    """Events of a status page."""

    items: list[status_page_event.StatusPageEvent] | None
    """The matching events."""
