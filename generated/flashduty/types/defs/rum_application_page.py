"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import rum_application
from .page import Page


class RumApplicationPage(Page):
    """One page of applications."""

    items: Annotated[list[rum_application.RumApplication], Field(validate_default=True)] = []
    """Applications on this page."""
