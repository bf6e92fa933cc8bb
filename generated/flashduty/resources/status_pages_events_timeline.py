"""`client.status_pages.events.timeline`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_component_change import StatusPageComponentChange
    from ..types.defs.status_page_event_update_created import StatusPageEventUpdateCreated

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageComponentChange": "defs.status_page_component_change",
        "StatusPageEventUpdateCreated": "defs.status_page_event_update_created",
    },
)

__all__ = ["StatusPagesEventsTimeline", "AsyncStatusPagesEventsTimeline"]

_EVENTS_TIMELINE_CREATE: Endpoint[StatusPageEventUpdateCreated] = Endpoint(
    "POST",
    "/status-page/change/timeline/create",
    kind="model",
    data="StatusPageEventUpdateCreated",
    types=_TYPES,
    models={"component_changes": ("StatusPageComponentChange", "l")},
    times={"at_seconds": 1},
)
_EVENTS_TIMELINE_UPDATE: Endpoint[None] = Endpoint(
    "POST", "/status-page/change/timeline/update", kind="none", times={"at_seconds": 1}
)
_EVENTS_TIMELINE_DELETE: Endpoint[None] = Endpoint(
    "POST", "/status-page/change/timeline/delete", kind="none"
)


class StatusPagesEventsTimeline(SyncResource):
    """Operations under `client.status_pages.events.timeline`."""

    def create(
        self,
        *,
        page_id: int,
        change_id: int,
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
            | EnumValue
        ),
        description: str | Omit = OMIT,
        at_seconds: int | datetime | Omit = OMIT,
        component_changes: (
            SequenceNotStr[StatusPageComponentChange | Mapping[str, Any]] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventUpdateCreated:
        """Post a timeline update.

        Adds an update to a status page event's timeline, moving the event to a new
        status and, optionally, components to new statuses. When the event becomes
        `resolved` or `completed`, every component named must be back to `operational`.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/timeline/create

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            status: Stage of a status page event. Incidents move through
                `investigating`, `identified`, `monitoring` and `resolved`; maintenances
                through `scheduled`, `ongoing` and `completed`.
            description: Message, in Markdown; the server expects one.
            at_seconds: When the update was posted, Unix seconds; now by default. An
                aware `datetime` is accepted too.
            component_changes: New component statuses, each component at most once.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "status": status,
            "description": description,
            "at_seconds": at_seconds,
            "component_changes": component_changes,
        }
        return self._client.request(_EVENTS_TIMELINE_CREATE, args, **options)

    def update(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        at_seconds: int | datetime | Omit = OMIT,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Edit a timeline update.

        Corrects the message or the time of an update already on a status page event's
        timeline.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/timeline/update

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            update_id: The timeline update.
            at_seconds: New time of the update, Unix seconds. An aware `datetime` is
                accepted too.
            description: New message, in Markdown.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "update_id": update_id,
            "at_seconds": at_seconds,
            "description": description,
        }
        return self._client.request(_EVENTS_TIMELINE_UPDATE, args, **options)

    def delete(
        self, *, page_id: int, change_id: int, update_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a timeline update.

        Removes one update from a status page event's timeline.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/timeline/delete

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            update_id: The timeline update.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "change_id": change_id, "update_id": update_id}
        return self._client.request(_EVENTS_TIMELINE_DELETE, args, **options)


class AsyncStatusPagesEventsTimeline(AsyncResource):
    """Operations under `client.status_pages.events.timeline`."""

    async def create(
        self,
        *,
        page_id: int,
        change_id: int,
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
            | EnumValue
        ),
        description: str | Omit = OMIT,
        at_seconds: int | datetime | Omit = OMIT,
        component_changes: (
            SequenceNotStr[StatusPageComponentChange | Mapping[str, Any]] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventUpdateCreated:
        """Post a timeline update: the awaitable `StatusPagesEventsTimeline.create`, documented there."""
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "status": status,
            "description": description,
            "at_seconds": at_seconds,
            "component_changes": component_changes,
        }
        return await self._client.request(_EVENTS_TIMELINE_CREATE, args, **options)

    async def update(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        at_seconds: int | datetime | Omit = OMIT,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Edit a timeline update: the awaitable `StatusPagesEventsTimeline.update`, documented there."""
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "update_id": update_id,
            "at_seconds": at_seconds,
            "description": description,
        }
        return await self._client.request(_EVENTS_TIMELINE_UPDATE, args, **options)

    async def delete(
        self, *, page_id: int, change_id: int, update_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a timeline update: the awaitable `StatusPagesEventsTimeline.delete`, documented there."""
        args = {"page_id": page_id, "change_id": change_id, "update_id": update_id}
        return await self._client.request(_EVENTS_TIMELINE_DELETE, args, **options)
