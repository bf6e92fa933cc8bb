"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_component_change


class StatusPageEventUpdateInput(FlashdutyModel):
    """A timeline update to post with a new event."""

    update_id: str = ""
    """Update ID; the server assigns one, so set it only when replaying past updates."""
    at_seconds: int = 0
    """When it was posted, Unix seconds."""
    status: Annotated[
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    description: str = ""
    """Message, in Markdown."""
    component_changes: Annotated[
        list[status_page_component_change.StatusPageComponentChange], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """
    Component statuses this update sets; required on the first update, where it names the affected components.
    """
