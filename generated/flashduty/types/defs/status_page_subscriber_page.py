"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import status_page_subscriber
from .page import Page


class StatusPageSubscriberPage(Page):
    """One page of subscribers."""

    items: Annotated[list[status_page_subscriber.StatusPageSubscriber], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Subscribers on this page."""
