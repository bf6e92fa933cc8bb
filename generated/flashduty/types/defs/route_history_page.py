"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import route_history
from .page import Page


class RouteHistoryPage(Page):
    """One page of routing rule versions."""

    items: Annotated[list[route_history.RouteHistory], Field(validate_default=True)] = []
    """Versions on this page."""
