"""`client.status_pages.events`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .status_pages_events_timeline import (
        StatusPagesEventsTimeline,
        AsyncStatusPagesEventsTimeline,
    )
    from ..types.defs.status_page_event import StatusPageEvent
    from ..types.defs.status_page_event_created import StatusPageEventCreated
    from ..types.defs.status_page_event_list import StatusPageEventList
    from ..types.defs.status_page_event_update_input import StatusPageEventUpdateInput

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageEvent": "defs.status_page_event",
        "StatusPageEventCreated": "defs.status_page_event_created",
        "StatusPageEventList": "defs.status_page_event_list",
        "StatusPageEventUpdateInput": "defs.status_page_event_update_input",
    },
)

__all__ = ["StatusPagesEvents", "AsyncStatusPagesEvents"]

_EVENTS_LIST_ACTIVE: Endpoint[StatusPageEventList] = Endpoint(
    "GET",
    "/status-page/change/active/list",
    kind="model",
    data="StatusPageEventList",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "type"),
)
_EVENTS_LIST: Endpoint[StatusPageEventList] = Endpoint(
    "GET",
    "/status-page/change/list",
    kind="model",
    data="StatusPageEventList",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "type", "status", "start_at_seconds", "end_at_seconds"),
    times={"start_at_seconds": 1, "end_at_seconds": 1},
)
_EVENTS_INFO: Endpoint[StatusPageEvent] = Endpoint(
    "GET",
    "/status-page/change/info",
    kind="model",
    data="StatusPageEvent",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "change_id"),
)
_EVENTS_CREATE: Endpoint[StatusPageEventCreated] = Endpoint(
    "POST",
    "/status-page/change/create",
    kind="model",
    data="StatusPageEventCreated",
    types=_TYPES,
    models={"updates": ("StatusPageEventUpdateInput", "l")},
    times={"start_at_seconds": 1, "close_at_seconds": 1},
)
_EVENTS_UPDATE: Endpoint[None] = Endpoint("POST", "/status-page/change/update", kind="none")
_EVENTS_DELETE: Endpoint[None] = Endpoint("POST", "/status-page/change/delete", kind="none")


class StatusPagesEvents(SyncResource):
    """Operations under `client.status_pages.events`."""

    @cached_property
    def timeline(self) -> StatusPagesEventsTimeline:
        from .status_pages_events_timeline import StatusPagesEventsTimeline

        return StatusPagesEventsTimeline(self._client)

    def list_active(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventList:
        """List the open events of a status page.

        Lists the incidents or maintenances of a status page that are not closed yet, in
        any status, all at once.

        HTTP: GET /status-page/change/active/list

        Args:
            page_id: Status page to read.
            type: Kind of events to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "type": type}
        return self._client.request(_EVENTS_LIST_ACTIVE, args, **options)

    def list(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
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
        start_at_seconds: int | datetime | Omit = OMIT,
        end_at_seconds: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventList:
        """List status page events.

        Lists the incidents or the maintenances of a status page that are in one status,
        optionally only those that started inside a time window. Both `type` and
        `status` are required, and the status must belong to the type. Answers every
        match at once, without paging.

        HTTP: GET /status-page/change/list

        Args:
            page_id: Status page to read.
            type: Kind of events to list.
            status: Status to match; one that fits `type`.
            start_at_seconds: Only events that started at or after this time, Unix
                seconds. An aware `datetime` is accepted too.
            end_at_seconds: Only events that started at or before this time, Unix
                seconds. An aware `datetime` is accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "type": type,
            "status": status,
            "start_at_seconds": start_at_seconds,
            "end_at_seconds": end_at_seconds,
        }
        return self._client.request(_EVENTS_LIST, args, **options)

    def info(
        self, *, page_id: int, change_id: int, **options: Unpack[RequestOptions]
    ) -> StatusPageEvent:
        """Get one status page event.

        Returns an incident or maintenance of a status page with its affected components
        and full timeline.

        HTTP: GET /status-page/change/info

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "change_id": change_id}
        return self._client.request(_EVENTS_INFO, args, **options)

    def create(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
        title: str,
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
        updates: SequenceNotStr[StatusPageEventUpdateInput | Mapping[str, Any]],
        description: str | Omit = OMIT,
        start_at_seconds: int | datetime | Omit = OMIT,
        close_at_seconds: int | datetime | Omit = OMIT,
        responders: SequenceNotStr[int] | Omit = OMIT,
        linked_changes: SequenceNotStr[str] | Omit = OMIT,
        notify_subscribers: bool | Omit = OMIT,
        auto_update_by_schedule: bool | Omit = OMIT,
        is_retrospective: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventCreated:
        """Publish a status page event.

        Publishes an incident or a maintenance on a status page. Pass its timeline in
        `updates`: usually one update for a live event, whose `component_changes` name
        the affected components; a retrospective event needs its whole history, at least
        two updates, and a `close_at_seconds`.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/create

        Args:
            page_id: Status page to publish on.
            type: Kind of status page event.
            title: Title, up to 255 characters.
            status: Stage of a status page event. Incidents move through
                `investigating`, `identified`, `monitoring` and `resolved`; maintenances
                through `scheduled`, `ongoing` and `completed`.
            updates: The event's timeline, oldest first.
            description: Description, in Markdown; the server expects one.
            start_at_seconds: When the event started, Unix seconds; now by default. An
                aware `datetime` is accepted too.
            close_at_seconds: When a retrospective event ended, Unix seconds; after
                `start_at_seconds`. An aware `datetime` is accepted too.
            responders: Members in charge of the event.
            linked_changes: Related events, incidents or deployments.
            notify_subscribers: Notify the page's subscribers of the event and its
                updates.
            auto_update_by_schedule: Maintenances only - move the status along the
                scheduled window automatically.
            is_retrospective: Record an event that is already over.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "type": type,
            "title": title,
            "status": status,
            "updates": updates,
            "description": description,
            "start_at_seconds": start_at_seconds,
            "close_at_seconds": close_at_seconds,
            "responders": responders,
            "linked_changes": linked_changes,
            "notify_subscribers": notify_subscribers,
            "auto_update_by_schedule": auto_update_by_schedule,
            "is_retrospective": is_retrospective,
        }
        return self._client.request(_EVENTS_CREATE, args, **options)

    def update(
        self,
        *,
        page_id: int,
        change_id: int,
        title: str | Omit = OMIT,
        responders: SequenceNotStr[int] | Omit = OMIT,
        linked_changes: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Edit a status page event.

        Changes the title, responders or linked events of a status page event. Lists
        replace the current ones; omitted fields stay as they are. To move the event
        along, post a timeline update with `status_pages.events.timeline.create`
        instead.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/update

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            title: Replacement title; 255 characters at most.
            responders: Members in charge; replaces the current list.
            linked_changes: Related events; replaces the current list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "title": title,
            "responders": responders,
            "linked_changes": linked_changes,
        }
        return self._client.request(_EVENTS_UPDATE, args, **options)

    def delete(self, *, page_id: int, change_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a status page event.

        Removes an incident or maintenance, and its timeline, from a status page.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/delete

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "change_id": change_id}
        return self._client.request(_EVENTS_DELETE, args, **options)


class AsyncStatusPagesEvents(AsyncResource):
    """Operations under `client.status_pages.events`."""

    @cached_property
    def timeline(self) -> AsyncStatusPagesEventsTimeline:
        from .status_pages_events_timeline import AsyncStatusPagesEventsTimeline

        return AsyncStatusPagesEventsTimeline(self._client)

    async def list_active(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventList:
        """List the open events of a status page: the awaitable `StatusPagesEvents.list_active`, documented there."""
        args = {"page_id": page_id, "type": type}
        return await self._client.request(_EVENTS_LIST_ACTIVE, args, **options)

    async def list(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
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
        start_at_seconds: int | datetime | Omit = OMIT,
        end_at_seconds: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventList:
        """List status page events: the awaitable `StatusPagesEvents.list`, documented there."""
        args = {
            "page_id": page_id,
            "type": type,
            "status": status,
            "start_at_seconds": start_at_seconds,
            "end_at_seconds": end_at_seconds,
        }
        return await self._client.request(_EVENTS_LIST, args, **options)

    async def info(
        self, *, page_id: int, change_id: int, **options: Unpack[RequestOptions]
    ) -> StatusPageEvent:
        """Get one status page event: the awaitable `StatusPagesEvents.info`, documented there."""
        args = {"page_id": page_id, "change_id": change_id}
        return await self._client.request(_EVENTS_INFO, args, **options)

    async def create(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"] | EnumValue,
        title: str,
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
        updates: SequenceNotStr[StatusPageEventUpdateInput | Mapping[str, Any]],
        description: str | Omit = OMIT,
        start_at_seconds: int | datetime | Omit = OMIT,
        close_at_seconds: int | datetime | Omit = OMIT,
        responders: SequenceNotStr[int] | Omit = OMIT,
        linked_changes: SequenceNotStr[str] | Omit = OMIT,
        notify_subscribers: bool | Omit = OMIT,
        auto_update_by_schedule: bool | Omit = OMIT,
        is_retrospective: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageEventCreated:
        """Publish a status page event: the awaitable `StatusPagesEvents.create`, documented there."""
        args = {
            "page_id": page_id,
            "type": type,
            "title": title,
            "status": status,
            "updates": updates,
            "description": description,
            "start_at_seconds": start_at_seconds,
            "close_at_seconds": close_at_seconds,
            "responders": responders,
            "linked_changes": linked_changes,
            "notify_subscribers": notify_subscribers,
            "auto_update_by_schedule": auto_update_by_schedule,
            "is_retrospective": is_retrospective,
        }
        return await self._client.request(_EVENTS_CREATE, args, **options)

    async def update(
        self,
        *,
        page_id: int,
        change_id: int,
        title: str | Omit = OMIT,
        responders: SequenceNotStr[int] | Omit = OMIT,
        linked_changes: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Edit a status page event: the awaitable `StatusPagesEvents.update`, documented there."""
        args = {
            "page_id": page_id,
            "change_id": change_id,
            "title": title,
            "responders": responders,
            "linked_changes": linked_changes,
        }
        return await self._client.request(_EVENTS_UPDATE, args, **options)

    async def delete(
        self, *, page_id: int, change_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a status page event: the awaitable `StatusPagesEvents.delete`, documented there."""
        args = {"page_id": page_id, "change_id": change_id}
        return await self._client.request(_EVENTS_DELETE, args, **options)
