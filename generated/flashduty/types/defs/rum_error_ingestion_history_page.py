"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import rum_error_ingestion_history_entry


class RumErrorIngestionHistoryPage(FlashdutyModel):
    total: int = 0
    has_next_page: bool = False
    items: Annotated[
        list[rum_error_ingestion_history_entry.RumErrorIngestionHistoryEntry], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
