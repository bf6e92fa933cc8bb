"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY
from . import change
from .page import Page


class ChangePage(Page):
    """One page of changes."""

    items: Annotated[list[change.Change], NULL_AS_EMPTY] = Field(default_factory=list)
    """Changes on this page."""
