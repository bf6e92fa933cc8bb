"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import member
from .page import Page


class MemberPage(Page):
    """One page of members."""

    p: int = 0
    """The page number returned."""
    limit: int = 0
    """The page size used."""
    items: Annotated[list[member.Member], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members on this page."""
