"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import member
from .page import Page


class MemberPage(Page):
    """One page of members."""

    p: int
    """The page number returned."""
    limit: int
    """The page size used."""
    items: list[member.Member] | None
    """Members on this page."""
