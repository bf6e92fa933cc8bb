"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import change
from .page import Page


class ChangePage(Page):
    """One page of changes."""

    items: Annotated[list[change.Change], Field(validate_default=True)] = []
    """Changes on this page."""
