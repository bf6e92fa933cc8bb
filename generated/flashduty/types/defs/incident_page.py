"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import incident
from .page import Page


class IncidentPage(Page):
    """One page of incidents."""

    items: Annotated[list[incident.Incident], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Incidents on this page."""
    search_after_ctx: str = ""
    """Cursor for the next page; pass it back as `search_after_ctx`."""
