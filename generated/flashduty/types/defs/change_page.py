"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import change
from .page import Page


class ChangePage(Page):
    """One page of changes."""

    items: Annotated[list[change.Change], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Changes on this page."""
