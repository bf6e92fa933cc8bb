"""`client.status_pages.migrations`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_migration_job import StatusPageMigrationJob
    from ..types.defs.status_page_migration_started import StatusPageMigrationStarted

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageMigrationJob": "defs.status_page_migration_job",
        "StatusPageMigrationStarted": "defs.status_page_migration_started",
    },
)

__all__ = ["StatusPagesMigrations", "AsyncStatusPagesMigrations"]

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
_MIGRATIONS_CANCEL: Endpoint[None] = Endpoint("POST", "/status-page/migration/cancel", kind="none")


class StatusPagesMigrations(SyncResource):
    """Operations under `client.status_pages.migrations`."""

    def migrate_structure(
        self,
        *,
        api_key: str,
        source_page_id: str,
        url_name: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            url_name: URL name of the new Flashduty page; taken from the source page
                when left out.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"api_key": api_key, "source_page_id": source_page_id, "url_name": url_name}
        return self._client.request(_MIGRATIONS_MIGRATE_STRUCTURE, args, **options)

    def migrate_email_subscribers(
        self,
        *,
        api_key: str,
        source_page_id: str,
        target_page_id: int,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "api_key": api_key,
            "source_page_id": source_page_id,
            "target_page_id": target_page_id,
        }
        return self._client.request(_MIGRATIONS_MIGRATE_EMAIL_SUBSCRIBERS, args, **options)

    def status(self, *, job_id: str, **options: Unpack[RequestOptions]) -> StatusPageMigrationJob:
        """Get a migration job's progress.

        Reports where a status page migration job stands: its phase, its status and its
        progress counts.

        HTTP: GET /status-page/migration/status

        Args:
            job_id: Job ID returned when the migration was started.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"job_id": job_id}
        return self._client.request(_MIGRATIONS_STATUS, args, **options)

    def cancel(self, *, job_id: str, **options: Unpack[RequestOptions]) -> None:
        """Cancel a migration job.

        Stops a status page migration job. Only a job whose status is `running` can be
        cancelled.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/migration/cancel

        Args:
            job_id: The job to cancel.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"job_id": job_id}
        return self._client.request(_MIGRATIONS_CANCEL, args, **options)


class AsyncStatusPagesMigrations(AsyncResource):
    """Operations under `client.status_pages.migrations`."""

    async def migrate_structure(
        self,
        *,
        api_key: str,
        source_page_id: str,
        url_name: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageMigrationStarted:
        """Migrate a page from Atlassian Statuspage: the awaitable `StatusPagesMigrations.migrate_structure`, documented there."""
        args = {"api_key": api_key, "source_page_id": source_page_id, "url_name": url_name}
        return await self._client.request(_MIGRATIONS_MIGRATE_STRUCTURE, args, **options)

    async def migrate_email_subscribers(
        self,
        *,
        api_key: str,
        source_page_id: str,
        target_page_id: int,
        **options: Unpack[RequestOptions],
    ) -> StatusPageMigrationStarted:
        """Migrate email subscribers from Atlassian Statuspage: the awaitable `StatusPagesMigrations.migrate_email_subscribers`, documented there."""
        args = {
            "api_key": api_key,
            "source_page_id": source_page_id,
            "target_page_id": target_page_id,
        }
        return await self._client.request(_MIGRATIONS_MIGRATE_EMAIL_SUBSCRIBERS, args, **options)

    async def status(
        self, *, job_id: str, **options: Unpack[RequestOptions]
    ) -> StatusPageMigrationJob:
        """Get a migration job's progress: the awaitable `StatusPagesMigrations.status`, documented there."""
        args = {"job_id": job_id}
        return await self._client.request(_MIGRATIONS_STATUS, args, **options)

    async def cancel(self, *, job_id: str, **options: Unpack[RequestOptions]) -> None:
        """Cancel a migration job: the awaitable `StatusPagesMigrations.cancel`, documented there."""
        args = {"job_id": job_id}
        return await self._client.request(_MIGRATIONS_CANCEL, args, **options)
