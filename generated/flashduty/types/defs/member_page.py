"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import member
from .page import Page


class MemberPage(Page):
    """One page of members."""

    p: int = 0
    """The page number returned."""
    limit: int = 0
    """The page size used."""
    items: Annotated[list[member.Member], Field(validate_default=True)] = []
    """Members on this page."""
