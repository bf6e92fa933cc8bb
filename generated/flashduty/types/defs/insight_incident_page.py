"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import insight_incident
from .page import Page


class InsightIncidentPage(Page):
    """One page of the analytics incident list."""

    items: Annotated[list[insight_incident.InsightIncident], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Incidents on this page."""
    search_after_ctx: str = ""
    """Cursor for the next page; pass it back as `search_after_ctx`."""
