"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import rum_issue
from .page import Page


class RumIssuePage(Page):
    """One page of issues."""

    items: Annotated[list[rum_issue.RumIssue], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Issues on this page."""
