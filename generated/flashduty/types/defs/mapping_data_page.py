"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from . import mapping_data_row
from .page import Page


class MappingDataPage(Page):
    """One page of mapping data rows."""

    items: list[mapping_data_row.MappingDataRow] | None
    """Rows on this page."""
    search_after_ctx: str | None = None
    """Cursor for the next page; pass it back as `search_after_ctx`."""
