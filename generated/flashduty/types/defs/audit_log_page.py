"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import audit_log
from .page import Page


class AuditLogPage(Page):
    """One page of audit log entries."""

    search_after_ctx: str = ""
    """Cursor for the next page, to pass back as `search_after_ctx`; empty after the last page."""
    docs: Annotated[list[audit_log.AuditLog], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Entries on this page."""
