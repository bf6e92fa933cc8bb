"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import route_history
from .page import Page


class RouteHistoryPage(Page):
    """One page of routing rule versions."""

    items: Annotated[list[route_history.RouteHistory], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Versions on this page."""
