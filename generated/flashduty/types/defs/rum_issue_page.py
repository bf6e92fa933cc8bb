"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from . import rum_issue
from .page import Page


class RumIssuePage(Page):
    """One page of issues."""

    items: Annotated[list[rum_issue.RumIssue], Field(validate_default=True)] = []
    """Issues on this page."""
