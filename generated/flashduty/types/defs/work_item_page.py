"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import work_item


class WorkItemPage(FlashdutyModel):
    """Work items, with the cursor of the next page."""

    items: Annotated[list[work_item.WorkItem], NULL_AS_EMPTY] = Field(default_factory=new_list)
    next_cursor: str = ""
    has_more: bool = False
    idempotent_replay: bool = False
