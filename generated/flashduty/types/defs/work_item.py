"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class WorkItem(FlashdutyModel):
    work_item_id: str = ""
    item_type: Annotated[Literal["action", "follow_up"] | str, OPEN_ENUM] = ""
    incident_id: str = ""
    post_mortem_id: str = ""
    title: str = ""
    description: str = ""
    status: str = ""
    priority: str = ""
    source_kind: Annotated[Literal["native", "legacy_follow_up"] | str, OPEN_ENUM] = ""
    legacy_source_id: str = ""
    version: int = 0
    assignee_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=list)
    created_by: int = 0
    updated_by: int = 0
    converted_by: int = 0
    converted_at_seconds: int = 0
    created_at_seconds: int = 0
    updated_at_seconds: int = 0
