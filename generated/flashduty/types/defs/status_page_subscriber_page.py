"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import status_page_subscriber
from .page import Page


class StatusPageSubscriberPage(Page):
    """One page of subscribers."""

    items: list[status_page_subscriber.StatusPageSubscriber] | None
    """Subscribers on this page."""
