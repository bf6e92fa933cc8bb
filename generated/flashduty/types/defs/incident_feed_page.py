"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import incident_feed_item


class IncidentFeedPage(FlashdutyModel):
    """One page of an incident's timeline. There is no total count."""

    has_next_page: bool
    """Whether another page follows this one."""
    items: list[incident_feed_item.IncidentFeedItem] | None
    """Entries on this page."""
