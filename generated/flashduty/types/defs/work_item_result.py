"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel

from . import work_item


class WorkItemResult(FlashdutyModel):
    """A work item after a change, with who was added to or removed from it."""

    item: work_item.WorkItem | None = None
    added_assignee_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    removed_assignee_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    idempotent_replay: bool = False
