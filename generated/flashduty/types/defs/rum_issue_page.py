"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import rum_issue
from .page import Page


class RumIssuePage(Page):
    """One page of issues."""

    items: list[rum_issue.RumIssue] | None
    """Issues on this page."""
