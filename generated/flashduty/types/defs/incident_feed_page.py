"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import incident_feed_item


class IncidentFeedPage(FlashdutyModel):
    """One page of an incident's timeline. There is no total count."""

    has_next_page: bool = False
    """Whether another page follows this one."""
    items: Annotated[list[incident_feed_item.IncidentFeedItem], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Entries on this page."""
