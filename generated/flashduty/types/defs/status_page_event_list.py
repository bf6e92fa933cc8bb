"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_event


class StatusPageEventList(FlashdutyModel):
    """Events of a status page."""

    items: Annotated[list[status_page_event.StatusPageEvent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The matching events."""
