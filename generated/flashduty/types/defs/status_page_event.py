"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import status_page_affected_component, status_page_event_update


class StatusPageEvent(FlashdutyModel):
    """An incident or maintenance published on a status page, with its timeline."""

    change_id: int = 0
    """Event ID."""
    page_id: int = 0
    """Status page the event belongs to."""
    type: Annotated[Literal["incident", "maintenance"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Kind of status page event."""
    title: str = ""
    """Title."""
    description: str = ""
    """Description, in Markdown."""
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
    affected_components: Annotated[
        list[status_page_affected_component.StatusPageAffectedComponent], NULL_AS_EMPTY
    ] = Field(default_factory=new_list)
    """Components the event affects right now, with their current status."""
    responder_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members in charge of the event."""
    linked_change_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Related events, incidents or deployments."""
    start_at_seconds: int = 0
    """When the event started, Unix seconds."""
    close_at_seconds: int = 0
    """When the event ends, Unix seconds; set for maintenances and retrospective events."""
    is_retrospective: bool = False
    """Whether the event was recorded after the fact."""
    updates: Annotated[list[status_page_event_update.StatusPageEventUpdate], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Timeline updates, oldest first."""
    notify_subscribers: bool = False
    """If true, subscribers receive a notification about the event."""
    auto_update_by_schedule: bool = False
    """Maintenances only - whether the status follows the scheduled window by itself."""
