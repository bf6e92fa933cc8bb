"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import status_page_affected_component, status_page_event_update


class StatusPageEvent(FlashdutyModel):
    """An incident or maintenance published on a status page, with its timeline."""

    change_id: int
    """Event ID."""
    page_id: int | None = None
    """Status page the event belongs to."""
    type: Literal["incident", "maintenance"] | str
    """Kind of status page event."""
    title: str
    """Title."""
    description: str | None = None
    """Description, in Markdown."""
    status: (
        Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ]
        | str
        | None
    ) = None
    """
    Stage of a status page event. Incidents move through `investigating`, `identified`, `monitoring` and `resolved`; maintenances through `scheduled`, `ongoing` and `completed`.
    """
    affected_components: list[status_page_affected_component.StatusPageAffectedComponent] | None = (
        None
    )
    """Components the event affects right now, with their current status."""
    responder_ids: list[int] | None = None
    """Members in charge of the event."""
    linked_change_ids: list[str] | None = None
    """Related events, incidents or deployments."""
    start_at_seconds: int | None = None
    """When the event started, Unix seconds."""
    close_at_seconds: int | None = None
    """When the event ends, Unix seconds; set for maintenances and retrospective events."""
    is_retrospective: bool | None = None
    """Whether the event was recorded after the fact."""
    updates: list[status_page_event_update.StatusPageEventUpdate] | None = None
    """Timeline updates, oldest first."""
    notify_subscribers: bool | None = None
    """If true, subscribers receive a notification about the event."""
    auto_update_by_schedule: bool | None = None
    """Maintenances only - whether the status follows the scheduled window by itself."""
