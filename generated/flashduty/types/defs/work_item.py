"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import work_item_assignee


class WorkItem(FlashdutyModel):
    """An action item or follow-up of an incident, optionally bound to a post-mortem."""

    assignees: Annotated[list[work_item_assignee.WorkItemAssignee], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Assignees with their kind; newer servers send it beside `assignee_ids`."""
    work_item_id: str = ""
    item_type: Annotated[Literal["action", "follow_up"] | EnumValue, OPEN_ENUM] = EnumValue("")
    incident_id: str = ""
    post_mortem_id: str = ""
    title: str = ""
    description: str = ""
    status: str = ""
    priority: str = ""
    source_kind: Annotated[Literal["native", "legacy_follow_up"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    legacy_source_id: str = ""
    version: int = 0
    assignee_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    created_by: int = 0
    updated_by: int = 0
    converted_by: int = 0
    converted_at_seconds: int = 0
    created_at_seconds: int = 0
    updated_at_seconds: int = 0
