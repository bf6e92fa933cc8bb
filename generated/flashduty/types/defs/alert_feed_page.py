"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_feed_item


class AlertFeedPage(FlashdutyModel):
    """One page of an alert's activity feed."""

    has_next_page: bool = False
    """Whether another page follows this one."""
    items: Annotated[list[alert_feed_item.AlertFeedItem], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Feed entries on this page."""
