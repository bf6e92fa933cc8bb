"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from pydantic import Field

from ..._models import NULL_AS_EMPTY, new_list
from . import mapping_data_row
from .page import Page


class MappingDataPage(Page):
    """One page of mapping data rows."""

    items: Annotated[list[mapping_data_row.MappingDataRow], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Rows on this page."""
    search_after_ctx: str = ""
    """Cursor for the next page; pass it back as `search_after_ctx`."""
