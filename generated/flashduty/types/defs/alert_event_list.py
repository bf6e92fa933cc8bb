"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_event


class AlertEventList(FlashdutyModel):
    """The raw events of one alert."""

    items: Annotated[list[alert_event.AlertEvent], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Events of this page."""
    total: int = 0
    """Number of events of the alert."""
    has_next_page: bool = False
    """Whether another page follows."""
    search_after_ctx: str = ""
    """Cursor of the next page."""
