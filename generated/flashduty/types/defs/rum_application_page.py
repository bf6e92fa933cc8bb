"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import rum_application
from .page import Page


class RumApplicationPage(Page):
    """One page of applications."""

    items: Annotated[list[rum_application.RumApplication], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Applications on this page."""
