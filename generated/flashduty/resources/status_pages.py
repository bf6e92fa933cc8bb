"""The `status_pages` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.status_page_component_change import StatusPageComponentChange
    from ..types.defs.status_page_event import StatusPageEvent
    from ..types.defs.status_page_event_created import StatusPageEventCreated
    from ..types.defs.status_page_event_list import StatusPageEventList
    from ..types.defs.status_page_event_update_created import StatusPageEventUpdateCreated
    from ..types.defs.status_page_event_update_input import StatusPageEventUpdateInput
    from ..types.defs.status_page_migration_job import StatusPageMigrationJob
    from ..types.defs.status_page_migration_started import StatusPageMigrationStarted
    from ..types.defs.status_page_subscriber_input import StatusPageSubscriberInput
    from ..types.defs.status_page_subscriber_page import StatusPageSubscriberPage

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageComponentChange": "defs.status_page_component_change",
        "StatusPageEvent": "defs.status_page_event",
        "StatusPageEventCreated": "defs.status_page_event_created",
        "StatusPageEventList": "defs.status_page_event_list",
        "StatusPageEventUpdateCreated": "defs.status_page_event_update_created",
        "StatusPageEventUpdateInput": "defs.status_page_event_update_input",
        "StatusPageMigrationJob": "defs.status_page_migration_job",
        "StatusPageMigrationStarted": "defs.status_page_migration_started",
        "StatusPageSubscriberInput": "defs.status_page_subscriber_input",
        "StatusPageSubscriberPage": "defs.status_page_subscriber_page",
    },
)

__all__ = [
    "StatusPages",
    "AsyncStatusPages",
    "StatusPagesEvents",
    "AsyncStatusPagesEvents",
    "StatusPagesEventsTimeline",
    "AsyncStatusPagesEventsTimeline",
    "StatusPagesSubscribers",
    "AsyncStatusPagesSubscribers",
    "StatusPagesMigrations",
    "AsyncStatusPagesMigrations",
]

_EVENTS_LIST: Endpoint[StatusPageEventList] = Endpoint(
    "GET",
    "/status-page/change/list",
    kind="model",
    data="StatusPageEventList",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "type", "status", "start_at_seconds", "end_at_seconds"),
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
)
_EVENTS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/change/update",
    kind="none",
)
_EVENTS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/change/delete",
    kind="none",
)
_EVENTS_TIMELINE_CREATE: Endpoint[StatusPageEventUpdateCreated] = Endpoint(
    "POST",
    "/status-page/change/timeline/create",
    kind="model",
    data="StatusPageEventUpdateCreated",
    types=_TYPES,
    models={"component_changes": ("StatusPageComponentChange", "l")},
)
_EVENTS_TIMELINE_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/change/timeline/update",
    kind="none",
)
_EVENTS_TIMELINE_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/change/timeline/delete",
    kind="none",
)
_SUBSCRIBERS_LIST: Endpoint[StatusPageSubscriberPage] = Endpoint(
    "GET",
    "/status-page/subscriber/list",
    kind="model",
    data="StatusPageSubscriberPage",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "component_ids", "p", "limit"),
)
_SUBSCRIBERS_IMPORT: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/subscriber/import",
    kind="none",
    models={"subscribers": ("StatusPageSubscriberInput", "l")},
    types=_TYPES,
)
_SUBSCRIBERS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/status-page/subscriber/export",
    kind="bytes",
    idempotent=True,
)
_MIGRATIONS_MIGRATE_STRUCTURE: Endpoint[StatusPageMigrationStarted] = Endpoint(
    "POST",
    "/status-page/migrate-structure",
    kind="model",
    data="StatusPageMigrationStarted",
    types=_TYPES,
)
_MIGRATIONS_MIGRATE_EMAIL_SUBSCRIBERS: Endpoint[StatusPageMigrationStarted] = Endpoint(
    "POST",
    "/status-page/migrate-email-subscribers",
    kind="model",
    data="StatusPageMigrationStarted",
    types=_TYPES,
)
_MIGRATIONS_STATUS: Endpoint[StatusPageMigrationJob] = Endpoint(
    "GET",
    "/status-page/migration/status",
    kind="model",
    data="StatusPageMigrationJob",
    types=_TYPES,
    idempotent=True,
    query=("job_id",),
)
_MIGRATIONS_CANCEL: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/migration/cancel",
    kind="none",
)


class StatusPagesMigrations(SyncResource):
    """Operations under `client.status_pages.migrations`."""

    def migrate_structure(
        self,
        *,
        api_key: str,
        source_page_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationStarted:
        """Migrate a page from Atlassian Statuspage.

        Starts a background job that copies an Atlassian Statuspage page - its sections,
        components and past incidents and maintenances - into a new Flashduty status
        page. Follow it with `status_pages.migrations.status`.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/migrate-structure

        Args:
            api_key: API key for Atlassian Statuspage with read rights on the page you
                migrate from.
            source_page_id: ID of the Atlassian Statuspage page to migrate.
        """
        return self._client.request(
            _MIGRATIONS_MIGRATE_STRUCTURE,
            {"api_key": api_key, "source_page_id": source_page_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def migrate_email_subscribers(
        self,
        *,
        api_key: str,
        source_page_id: str,
        target_page_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationStarted:
        """Migrate email subscribers from Atlassian Statuspage.

        Launches an asynchronous import: the email subscribers of an Atlassian
        Statuspage page are added to a Flashduty status page that already exists. Track
        it with `status_pages.migrations.status`.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/migrate-email-subscribers

        Args:
            api_key: API key for Atlassian Statuspage with read rights on the page you
                migrate from.
            source_page_id: ID of the Atlassian Statuspage page to migrate.
            target_page_id: The Flashduty page the subscribers are added to.
        """
        return self._client.request(
            _MIGRATIONS_MIGRATE_EMAIL_SUBSCRIBERS,
            {
                "api_key": api_key,
                "source_page_id": source_page_id,
                "target_page_id": target_page_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def status(
        self,
        *,
        job_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationJob:
        """Get a migration job's progress.

        Reports where a status page migration job stands: its phase, its status and its
        progress counts.

        HTTP: GET /status-page/migration/status

        Args:
            job_id: Job ID returned when the migration was started.
        """
        return self._client.request(
            _MIGRATIONS_STATUS, {"job_id": job_id}, timeout, max_retries, extra_headers
        )

    def cancel(
        self,
        *,
        job_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Cancel a migration job.

        Stops a status page migration job. Only a job whose status is `running` can be
        cancelled.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/migration/cancel

        Args:
            job_id: The job to cancel.
        """
        return self._client.request(
            _MIGRATIONS_CANCEL, {"job_id": job_id}, timeout, max_retries, extra_headers
        )


class StatusPagesSubscribers(SyncResource):
    """Operations under `client.status_pages.subscribers`."""

    def list(
        self,
        *,
        page_id: int,
        component_ids: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageSubscriberPage:
        """List status page subscribers.

        Lists who subscribed to a status page's notifications, optionally only those
        following some components. Pages with `p` and `limit`; keep asking while
        `has_next_page` is true.

        HTTP: GET /status-page/subscriber/list

        Args:
            page_id: Status page to read.
            component_ids: Only subscribers of these components, comma separated.
            p: Page number, from 1.
            limit: Page size, at most 100.
        """
        return self._client.request(
            _SUBSCRIBERS_LIST,
            {"page_id": page_id, "component_ids": component_ids, "p": p, "limit": limit},
            timeout,
            max_retries,
            extra_headers,
        )

    def import_(
        self,
        *,
        page_id: int,
        method: Literal["email", "im"],
        subscribers: List[StatusPageSubscriberInput | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Import status page subscribers.

        Adds subscribers to a status page in bulk. Use `email` for public pages and `im`
        (user IDs) for internal ones; each subscriber follows some components or events,
        or everything with `all`. The SDK method is `import_`, as `import` is a Python
        keyword.

        Permission: Status Pages Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /status-page/subscriber/import

        Args:
            page_id: Status page to add the subscribers to.
            method: How a subscriber is notified: `email` on public pages, `im` (instant
                messaging, by user ID) on internal pages.
            subscribers: The subscribers to add.
        """
        return self._client.request(
            _SUBSCRIBERS_IMPORT,
            {"page_id": page_id, "method": method, "subscribers": subscribers},
            timeout,
            max_retries,
            extra_headers,
        )

    def export(
        self,
        *,
        page_id: int,
        component_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export status page subscribers as CSV.

        Downloads a status page's subscribers, optionally only those of some components,
        as a CSV file with the columns Method, Recipient, Components, Subscribe All and
        Locale. The SDK returns the raw bytes.

        Permission: Status Pages Manage.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /status-page/subscriber/export

        Args:
            page_id: Status page to export.
            component_ids: Only subscribers of these components.
        """
        return self._client.request(
            _SUBSCRIBERS_EXPORT,
            {"page_id": page_id, "component_ids": component_ids},
            timeout,
            max_retries,
            extra_headers,
        )


class StatusPagesEventsTimeline(SyncResource):
    """Operations under `client.status_pages.events.timeline`."""

    def create(
        self,
        *,
        page_id: int,
        change_id: int,
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        description: str | Omit = OMIT,
        at_seconds: int | Omit = OMIT,
        component_changes: List[StatusPageComponentChange | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            at_seconds: When the update was posted, Unix seconds; now by default.
            component_changes: New component statuses, each component at most once.
        """
        return self._client.request(
            _EVENTS_TIMELINE_CREATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "status": status,
                "description": description,
                "at_seconds": at_seconds,
                "component_changes": component_changes,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        at_seconds: int | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            at_seconds: New time of the update, Unix seconds.
            description: New message, in Markdown.
        """
        return self._client.request(
            _EVENTS_TIMELINE_UPDATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "update_id": update_id,
                "at_seconds": at_seconds,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a timeline update.

        Removes one update from a status page event's timeline.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/timeline/delete

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
            update_id: The timeline update.
        """
        return self._client.request(
            _EVENTS_TIMELINE_DELETE,
            {"page_id": page_id, "change_id": change_id, "update_id": update_id},
            timeout,
            max_retries,
            extra_headers,
        )


class StatusPagesEvents(SyncResource):
    """Operations under `client.status_pages.events`."""

    @cached_property
    def timeline(self) -> StatusPagesEventsTimeline:
        return StatusPagesEventsTimeline(self._client)

    def list(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"],
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        start_at_seconds: int | Omit = OMIT,
        end_at_seconds: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
                seconds.
            end_at_seconds: Only events that started at or before this time, Unix
                seconds.
        """
        return self._client.request(
            _EVENTS_LIST,
            {
                "page_id": page_id,
                "type": type,
                "status": status,
                "start_at_seconds": start_at_seconds,
                "end_at_seconds": end_at_seconds,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        page_id: int,
        change_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageEvent:
        """Get one status page event.

        Returns an incident or maintenance of a status page with its affected components
        and full timeline.

        HTTP: GET /status-page/change/info

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
        """
        return self._client.request(
            _EVENTS_INFO,
            {"page_id": page_id, "change_id": change_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def create(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"],
        title: str,
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        updates: List[StatusPageEventUpdateInput | Dict[str, Any]],
        description: str | Omit = OMIT,
        start_at_seconds: int | Omit = OMIT,
        close_at_seconds: int | Omit = OMIT,
        responders: List[int] | Omit = OMIT,
        linked_changes: List[str] | Omit = OMIT,
        notify_subscribers: bool | Omit = OMIT,
        auto_update_by_schedule: bool | Omit = OMIT,
        is_retrospective: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            start_at_seconds: When the event started, Unix seconds; now by default.
            close_at_seconds: When a retrospective event ended, Unix seconds; after
                `start_at_seconds`.
            responders: Members in charge of the event.
            linked_changes: Related events, incidents or deployments.
            notify_subscribers: Notify the page's subscribers of the event and its
                updates.
            auto_update_by_schedule: Maintenances only - move the status along the
                scheduled window automatically.
            is_retrospective: Record an event that is already over.
        """
        return self._client.request(
            _EVENTS_CREATE,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        page_id: int,
        change_id: int,
        title: str | Omit = OMIT,
        responders: List[int] | Omit = OMIT,
        linked_changes: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _EVENTS_UPDATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "title": title,
                "responders": responders,
                "linked_changes": linked_changes,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        page_id: int,
        change_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a status page event.

        Removes an incident or maintenance, and its timeline, from a status page.

        Permission: Status Pages Events Manage.
        HTTP: POST /status-page/change/delete

        Args:
            page_id: Status page the event belongs to.
            change_id: The event.
        """
        return self._client.request(
            _EVENTS_DELETE,
            {"page_id": page_id, "change_id": change_id},
            timeout,
            max_retries,
            extra_headers,
        )


class StatusPages(SyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def events(self) -> StatusPagesEvents:
        return StatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> StatusPagesSubscribers:
        return StatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> StatusPagesMigrations:
        return StatusPagesMigrations(self._client)


class AsyncStatusPagesMigrations(AsyncResource):
    """Operations under `client.status_pages.migrations`."""

    async def migrate_structure(
        self,
        *,
        api_key: str,
        source_page_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationStarted:
        """Migrate a page from Atlassian Statuspage: the awaitable `StatusPagesMigrations.migrate_structure`, documented there."""
        return await self._client.request(
            _MIGRATIONS_MIGRATE_STRUCTURE,
            {"api_key": api_key, "source_page_id": source_page_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def migrate_email_subscribers(
        self,
        *,
        api_key: str,
        source_page_id: str,
        target_page_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationStarted:
        """Migrate email subscribers from Atlassian Statuspage: the awaitable `StatusPagesMigrations.migrate_email_subscribers`, documented there."""
        return await self._client.request(
            _MIGRATIONS_MIGRATE_EMAIL_SUBSCRIBERS,
            {
                "api_key": api_key,
                "source_page_id": source_page_id,
                "target_page_id": target_page_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def status(
        self,
        *,
        job_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageMigrationJob:
        """Get a migration job's progress: the awaitable `StatusPagesMigrations.status`, documented there."""
        return await self._client.request(
            _MIGRATIONS_STATUS, {"job_id": job_id}, timeout, max_retries, extra_headers
        )

    async def cancel(
        self,
        *,
        job_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Cancel a migration job: the awaitable `StatusPagesMigrations.cancel`, documented there."""
        return await self._client.request(
            _MIGRATIONS_CANCEL, {"job_id": job_id}, timeout, max_retries, extra_headers
        )


class AsyncStatusPagesSubscribers(AsyncResource):
    """Operations under `client.status_pages.subscribers`."""

    async def list(
        self,
        *,
        page_id: int,
        component_ids: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageSubscriberPage:
        """List status page subscribers: the awaitable `StatusPagesSubscribers.list`, documented there."""
        return await self._client.request(
            _SUBSCRIBERS_LIST,
            {"page_id": page_id, "component_ids": component_ids, "p": p, "limit": limit},
            timeout,
            max_retries,
            extra_headers,
        )

    async def import_(
        self,
        *,
        page_id: int,
        method: Literal["email", "im"],
        subscribers: List[StatusPageSubscriberInput | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Import status page subscribers: the awaitable `StatusPagesSubscribers.import_`, documented there."""
        return await self._client.request(
            _SUBSCRIBERS_IMPORT,
            {"page_id": page_id, "method": method, "subscribers": subscribers},
            timeout,
            max_retries,
            extra_headers,
        )

    async def export(
        self,
        *,
        page_id: int,
        component_ids: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export status page subscribers as CSV: the awaitable `StatusPagesSubscribers.export`, documented there."""
        return await self._client.request(
            _SUBSCRIBERS_EXPORT,
            {"page_id": page_id, "component_ids": component_ids},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncStatusPagesEventsTimeline(AsyncResource):
    """Operations under `client.status_pages.events.timeline`."""

    async def create(
        self,
        *,
        page_id: int,
        change_id: int,
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        description: str | Omit = OMIT,
        at_seconds: int | Omit = OMIT,
        component_changes: List[StatusPageComponentChange | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageEventUpdateCreated:
        """Post a timeline update: the awaitable `StatusPagesEventsTimeline.create`, documented there."""
        return await self._client.request(
            _EVENTS_TIMELINE_CREATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "status": status,
                "description": description,
                "at_seconds": at_seconds,
                "component_changes": component_changes,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        at_seconds: int | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Edit a timeline update: the awaitable `StatusPagesEventsTimeline.update`, documented there."""
        return await self._client.request(
            _EVENTS_TIMELINE_UPDATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "update_id": update_id,
                "at_seconds": at_seconds,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        page_id: int,
        change_id: int,
        update_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a timeline update: the awaitable `StatusPagesEventsTimeline.delete`, documented there."""
        return await self._client.request(
            _EVENTS_TIMELINE_DELETE,
            {"page_id": page_id, "change_id": change_id, "update_id": update_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncStatusPagesEvents(AsyncResource):
    """Operations under `client.status_pages.events`."""

    @cached_property
    def timeline(self) -> AsyncStatusPagesEventsTimeline:
        return AsyncStatusPagesEventsTimeline(self._client)

    async def list(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"],
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        start_at_seconds: int | Omit = OMIT,
        end_at_seconds: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageEventList:
        """List status page events: the awaitable `StatusPagesEvents.list`, documented there."""
        return await self._client.request(
            _EVENTS_LIST,
            {
                "page_id": page_id,
                "type": type,
                "status": status,
                "start_at_seconds": start_at_seconds,
                "end_at_seconds": end_at_seconds,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        page_id: int,
        change_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageEvent:
        """Get one status page event: the awaitable `StatusPagesEvents.info`, documented there."""
        return await self._client.request(
            _EVENTS_INFO,
            {"page_id": page_id, "change_id": change_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def create(
        self,
        *,
        page_id: int,
        type: Literal["incident", "maintenance"],
        title: str,
        status: Literal[
            "investigating",
            "identified",
            "monitoring",
            "resolved",
            "scheduled",
            "ongoing",
            "completed",
        ],
        updates: List[StatusPageEventUpdateInput | Dict[str, Any]],
        description: str | Omit = OMIT,
        start_at_seconds: int | Omit = OMIT,
        close_at_seconds: int | Omit = OMIT,
        responders: List[int] | Omit = OMIT,
        linked_changes: List[str] | Omit = OMIT,
        notify_subscribers: bool | Omit = OMIT,
        auto_update_by_schedule: bool | Omit = OMIT,
        is_retrospective: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> StatusPageEventCreated:
        """Publish a status page event: the awaitable `StatusPagesEvents.create`, documented there."""
        return await self._client.request(
            _EVENTS_CREATE,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        page_id: int,
        change_id: int,
        title: str | Omit = OMIT,
        responders: List[int] | Omit = OMIT,
        linked_changes: List[str] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Edit a status page event: the awaitable `StatusPagesEvents.update`, documented there."""
        return await self._client.request(
            _EVENTS_UPDATE,
            {
                "page_id": page_id,
                "change_id": change_id,
                "title": title,
                "responders": responders,
                "linked_changes": linked_changes,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        page_id: int,
        change_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a status page event: the awaitable `StatusPagesEvents.delete`, documented there."""
        return await self._client.request(
            _EVENTS_DELETE,
            {"page_id": page_id, "change_id": change_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncStatusPages(AsyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def events(self) -> AsyncStatusPagesEvents:
        return AsyncStatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> AsyncStatusPagesSubscribers:
        return AsyncStatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> AsyncStatusPagesMigrations:
        return AsyncStatusPagesMigrations(self._client)
