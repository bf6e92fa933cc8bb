"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import team
from .page import Page


class TeamPage(Page):
    """One page of teams."""

    p: int = 0
    """The page number returned."""
    limit: int = 0
    """The page size used."""
    items: Annotated[list[team.Team], Field(validate_default=True)] = []
    """Teams on this page."""
