"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import alert_feed_item


class AlertFeedPage(FlashdutyModel):
    """One page of an alert's activity feed."""

    has_next_page: bool = False
    """Whether another page follows this one."""
    items: Annotated[list[alert_feed_item.AlertFeedItem], Field(validate_default=True)] = []
    """Feed entries on this page."""
