"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import team
from .page import Page


class TeamPage(Page):
    """One page of teams."""

    p: int
    """The page number returned."""
    limit: int
    """The page size used."""
    items: list[team.Team] | None
    """Teams on this page."""
