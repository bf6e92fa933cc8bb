"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_feed_item


class AlertFeedPage(FlashdutyModel):
    """One page of an alert's activity feed."""

    has_next_page: bool | None = None
    """Whether another page follows this one."""
    items: list[alert_feed_item.AlertFeedItem] | None
    """Feed entries on this page."""
