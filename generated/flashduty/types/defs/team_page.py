"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import team
from .page import Page


class TeamPage(Page):
    """One page of teams."""

    p: int = 0
    """The page number returned."""
    limit: int = 0
    """The page size used."""
    items: Annotated[list[team.Team], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Teams on this page."""
