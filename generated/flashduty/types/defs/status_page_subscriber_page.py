"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import status_page_subscriber
from .page import Page


class StatusPageSubscriberPage(Page):
    """One page of subscribers."""

    items: Annotated[
        list[status_page_subscriber.StatusPageSubscriber], Field(validate_default=True)
    ] = []
    """Subscribers on this page."""
