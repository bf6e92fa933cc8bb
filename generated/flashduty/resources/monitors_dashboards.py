"""`client.monitors.dashboards`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .monitors_dashboards_trash import MonitorsDashboardsTrash, AsyncMonitorsDashboardsTrash
    from .monitors_dashboards_revisions import (
        MonitorsDashboardsRevisions,
        AsyncMonitorsDashboardsRevisions,
    )
    from .monitors_dashboards_variables import (
        MonitorsDashboardsVariables,
        AsyncMonitorsDashboardsVariables,
    )
    from .monitors_dashboards_queries import (
        MonitorsDashboardsQueries,
        AsyncMonitorsDashboardsQueries,
    )
    from .monitors_dashboards_panels import MonitorsDashboardsPanels, AsyncMonitorsDashboardsPanels
    from ..types.defs.dashboard import Dashboard
    from ..types.defs.dashboard_definition import DashboardDefinition
    from ..types.defs.dashboard_deletion import DashboardDeletion
    from ..types.defs.dashboard_outline import DashboardOutline
    from ..types.defs.dashboard_page import DashboardPage
    from ..types.defs.dashboard_sort import DashboardSort
    from ..types.defs.dashboard_update import DashboardUpdate

_TYPES = TypeNames(
    __name__,
    {
        "Dashboard": "defs.dashboard",
        "DashboardDefinition": "defs.dashboard_definition",
        "DashboardDeletion": "defs.dashboard_deletion",
        "DashboardOutline": "defs.dashboard_outline",
        "DashboardPage": "defs.dashboard_page",
        "DashboardSort": "defs.dashboard_sort",
        "DashboardUpdate": "defs.dashboard_update",
    },
)

__all__ = ["MonitorsDashboards", "AsyncMonitorsDashboards"]

_DASHBOARDS_LIST: Endpoint[DashboardPage] = Endpoint(
    "POST",
    "/monit/dashboard/list",
    kind="model",
    data="DashboardPage",
    types=_TYPES,
    idempotent=True,
    models={"sort": ("DashboardSort", "l")},
)
_DASHBOARDS_SEARCH: Endpoint[DashboardPage] = Endpoint(
    "POST",
    "/monit/dashboard/search",
    kind="model",
    data="DashboardPage",
    types=_TYPES,
    idempotent=True,
    models={"sort": ("DashboardSort", "l")},
)
_DASHBOARDS_GET: Endpoint[Dashboard] = Endpoint(
    "POST", "/monit/dashboard/get", kind="model", data="Dashboard", types=_TYPES, idempotent=True
)
_DASHBOARDS_OUTLINE: Endpoint[DashboardOutline] = Endpoint(
    "POST",
    "/monit/dashboard/outline",
    kind="model",
    data="DashboardOutline",
    types=_TYPES,
    idempotent=True,
)
_DASHBOARDS_CREATE: Endpoint[Dashboard] = Endpoint(
    "POST",
    "/monit/dashboard/create",
    kind="model",
    data="Dashboard",
    types=_TYPES,
    models={"definition": ("DashboardDefinition", "")},
    limits=(20, 300),
)
_DASHBOARDS_UPDATE: Endpoint[DashboardUpdate] = Endpoint(
    "POST",
    "/monit/dashboard/update",
    kind="model",
    data="DashboardUpdate",
    types=_TYPES,
    models={"definition": ("DashboardDefinition", "")},
    limits=(20, 300),
)
_DASHBOARDS_MOVE: Endpoint[DashboardUpdate] = Endpoint(
    "POST",
    "/monit/dashboard/move",
    kind="model",
    data="DashboardUpdate",
    types=_TYPES,
    limits=(20, 300),
)
_DASHBOARDS_DELETE: Endpoint[DashboardDeletion] = Endpoint(
    "POST",
    "/monit/dashboard/delete",
    kind="model",
    data="DashboardDeletion",
    types=_TYPES,
    limits=(20, 300),
)
_DASHBOARDS_RESTORE: Endpoint[Dashboard] = Endpoint(
    "POST",
    "/monit/dashboard/restore",
    kind="model",
    data="Dashboard",
    types=_TYPES,
    limits=(20, 300),
)


class MonitorsDashboards(SyncResource):
    """Operations under `client.monitors.dashboards`."""

    @cached_property
    def trash(self) -> MonitorsDashboardsTrash:
        from .monitors_dashboards_trash import MonitorsDashboardsTrash

        return MonitorsDashboardsTrash(self._client)

    @cached_property
    def revisions(self) -> MonitorsDashboardsRevisions:
        from .monitors_dashboards_revisions import MonitorsDashboardsRevisions

        return MonitorsDashboardsRevisions(self._client)

    @cached_property
    def variables(self) -> MonitorsDashboardsVariables:
        from .monitors_dashboards_variables import MonitorsDashboardsVariables

        return MonitorsDashboardsVariables(self._client)

    @cached_property
    def queries(self) -> MonitorsDashboardsQueries:
        from .monitors_dashboards_queries import MonitorsDashboardsQueries

        return MonitorsDashboardsQueries(self._client)

    @cached_property
    def panels(self) -> MonitorsDashboardsPanels:
        from .monitors_dashboards_panels import MonitorsDashboardsPanels

        return MonitorsDashboardsPanels(self._client)

    def list(
        self,
        *,
        folder_id: int,
        query: str | Omit = OMIT,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPage:
        """List the dashboards of a folder.

        Lists the dashboards in a folder and the folders below it, a page at a time,
        optionally narrowed by words in the title or description. Readable folders only.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/list

        Args:
            folder_id: Folder whose dashboards are listed (its sub-folders included).
            query: Space-separated words to match; at most 128 characters.
            sort: At most two keys (`title`, `updated_at`); by default the latest change
                first.
            p: Page number, from 1.
            limit: Page size.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"folder_id": folder_id, "query": query, "sort": sort, "p": p, "limit": limit}
        return self._client.request(_DASHBOARDS_LIST, args, **options)

    def search(
        self,
        *,
        query: str,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPage:
        """Search dashboards in every folder.

        Finds dashboards by words in their title or description across all folders the
        caller can read.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/search

        Args:
            query: Space-separated words to match; 1 to 128 characters.
            sort: Sort keys; by default the latest change first.
            p: Page number, from 1.
            limit: Page size.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"query": query, "sort": sort, "p": p, "limit": limit}
        return self._client.request(_DASHBOARDS_SEARCH, args, **options)

    def get(self, *, dashboard_id: str, **options: Unpack[RequestOptions]) -> Dashboard:
        """Get a dashboard.

        Returns a dashboard with its full definition and current revision.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/get

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id}
        return self._client.request(_DASHBOARDS_GET, args, **options)

    def outline(
        self, *, dashboard_id: str, target_id: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> DashboardOutline:
        """Get the outline of a dashboard.

        Returns the tabs, sections, panels and variables of a dashboard by title and
        kind, without their queries. With `target_id` only the branch holding that tab,
        section or panel is returned.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/outline

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            target_id: Tab, section or panel to narrow to; an unknown ID answers
                `TargetNotFound`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id, "target_id": target_id}
        return self._client.request(_DASHBOARDS_OUTLINE, args, **options)

    def create(
        self,
        *,
        dashboard_id: str,
        folder_id: int,
        schema_version: Literal["dashboard.v1"] | EnumValue,
        definition: DashboardDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        """Create a dashboard.

        Stores a new dashboard from a full definition (at most 1 MiB) in a folder the
        caller can write. The caller picks the dashboard ID (a UUIDv7), so a retry after
        a timeout fails with `DashboardIDConflict` rather than creating a second
        dashboard.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Dashboards Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/dashboard/create

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            folder_id: Folder to create the dashboard in.
            schema_version: Definition format; only `dashboard.v1`.
            definition: What a dashboard shows; tabs of sections of panels, plus
                variables.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "folder_id": folder_id,
            "schema_version": schema_version,
            "definition": definition,
        }
        return self._client.request(_DASHBOARDS_CREATE, args, **options)

    def update(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        schema_version: Literal["dashboard.v1"] | EnumValue,
        definition: DashboardDefinition | Mapping[str, Any],
        message: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardUpdate:
        """Replace a dashboard's definition.

        Replaces the definition of a dashboard if it is still at `expected_revision`,
        and records a new revision with an optional message.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Dashboards Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/dashboard/update

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            expected_revision: Revision last read; the write fails with
                `DashboardRevisionConflict` if the dashboard changed since.
            schema_version: Definition format; only `dashboard.v1`.
            definition: What a dashboard shows; tabs of sections of panels, plus
                variables.
            message: Optional note stored with the revision; at most 1024 characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "schema_version": schema_version,
            "definition": definition,
            "message": message,
        }
        return self._client.request(_DASHBOARDS_UPDATE, args, **options)

    def move(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        folder_id: int,
        **options: Unpack[RequestOptions],
    ) -> DashboardUpdate:
        """Move a dashboard to another folder.

        Moves a dashboard to another folder, leaving its definition as it is.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Dashboards Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/dashboard/move

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            expected_revision: Revision last read; the write fails with
                `DashboardRevisionConflict` if the dashboard changed since.
            folder_id: Destination folder.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "folder_id": folder_id,
        }
        return self._client.request(_DASHBOARDS_MOVE, args, **options)

    def delete(
        self, *, dashboard_id: str, expected_revision: int, **options: Unpack[RequestOptions]
    ) -> DashboardDeletion:
        """Move a dashboard to the trash.

        Deletes a dashboard. It stays in the trash for 30 days, where
        `monitors.dashboards.restore` can bring it back.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Dashboards Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/dashboard/delete

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            expected_revision: Revision last read; the write fails with
                `DashboardRevisionConflict` if the dashboard changed since.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id, "expected_revision": expected_revision}
        return self._client.request(_DASHBOARDS_DELETE, args, **options)

    def restore(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        folder_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        """Restore a dashboard from the trash.

        Brings a deleted dashboard back, to its old folder or to `folder_id`. When the
        old folder can no longer be written the server answers `RestoreFolderRequired`
        and a folder must be given.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Dashboards Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/dashboard/restore

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            expected_revision: Revision last read; the write fails with
                `DashboardRevisionConflict` if the dashboard changed since.
            folder_id: Folder to restore into; by default the one it was deleted from.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "folder_id": folder_id,
        }
        return self._client.request(_DASHBOARDS_RESTORE, args, **options)


class AsyncMonitorsDashboards(AsyncResource):
    """Operations under `client.monitors.dashboards`."""

    @cached_property
    def trash(self) -> AsyncMonitorsDashboardsTrash:
        from .monitors_dashboards_trash import AsyncMonitorsDashboardsTrash

        return AsyncMonitorsDashboardsTrash(self._client)

    @cached_property
    def revisions(self) -> AsyncMonitorsDashboardsRevisions:
        from .monitors_dashboards_revisions import AsyncMonitorsDashboardsRevisions

        return AsyncMonitorsDashboardsRevisions(self._client)

    @cached_property
    def variables(self) -> AsyncMonitorsDashboardsVariables:
        from .monitors_dashboards_variables import AsyncMonitorsDashboardsVariables

        return AsyncMonitorsDashboardsVariables(self._client)

    @cached_property
    def queries(self) -> AsyncMonitorsDashboardsQueries:
        from .monitors_dashboards_queries import AsyncMonitorsDashboardsQueries

        return AsyncMonitorsDashboardsQueries(self._client)

    @cached_property
    def panels(self) -> AsyncMonitorsDashboardsPanels:
        from .monitors_dashboards_panels import AsyncMonitorsDashboardsPanels

        return AsyncMonitorsDashboardsPanels(self._client)

    async def list(
        self,
        *,
        folder_id: int,
        query: str | Omit = OMIT,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPage:
        """List the dashboards of a folder: the awaitable `MonitorsDashboards.list`, documented there."""
        args = {"folder_id": folder_id, "query": query, "sort": sort, "p": p, "limit": limit}
        return await self._client.request(_DASHBOARDS_LIST, args, **options)

    async def search(
        self,
        *,
        query: str,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPage:
        """Search dashboards in every folder: the awaitable `MonitorsDashboards.search`, documented there."""
        args = {"query": query, "sort": sort, "p": p, "limit": limit}
        return await self._client.request(_DASHBOARDS_SEARCH, args, **options)

    async def get(self, *, dashboard_id: str, **options: Unpack[RequestOptions]) -> Dashboard:
        """Get a dashboard: the awaitable `MonitorsDashboards.get`, documented there."""
        args = {"dashboard_id": dashboard_id}
        return await self._client.request(_DASHBOARDS_GET, args, **options)

    async def outline(
        self, *, dashboard_id: str, target_id: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> DashboardOutline:
        """Get the outline of a dashboard: the awaitable `MonitorsDashboards.outline`, documented there."""
        args = {"dashboard_id": dashboard_id, "target_id": target_id}
        return await self._client.request(_DASHBOARDS_OUTLINE, args, **options)

    async def create(
        self,
        *,
        dashboard_id: str,
        folder_id: int,
        schema_version: Literal["dashboard.v1"] | EnumValue,
        definition: DashboardDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        """Create a dashboard: the awaitable `MonitorsDashboards.create`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "folder_id": folder_id,
            "schema_version": schema_version,
            "definition": definition,
        }
        return await self._client.request(_DASHBOARDS_CREATE, args, **options)

    async def update(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        schema_version: Literal["dashboard.v1"] | EnumValue,
        definition: DashboardDefinition | Mapping[str, Any],
        message: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardUpdate:
        """Replace a dashboard's definition: the awaitable `MonitorsDashboards.update`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "schema_version": schema_version,
            "definition": definition,
            "message": message,
        }
        return await self._client.request(_DASHBOARDS_UPDATE, args, **options)

    async def move(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        folder_id: int,
        **options: Unpack[RequestOptions],
    ) -> DashboardUpdate:
        """Move a dashboard to another folder: the awaitable `MonitorsDashboards.move`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "folder_id": folder_id,
        }
        return await self._client.request(_DASHBOARDS_MOVE, args, **options)

    async def delete(
        self, *, dashboard_id: str, expected_revision: int, **options: Unpack[RequestOptions]
    ) -> DashboardDeletion:
        """Move a dashboard to the trash: the awaitable `MonitorsDashboards.delete`, documented there."""
        args = {"dashboard_id": dashboard_id, "expected_revision": expected_revision}
        return await self._client.request(_DASHBOARDS_DELETE, args, **options)

    async def restore(
        self,
        *,
        dashboard_id: str,
        expected_revision: int,
        folder_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Dashboard:
        """Restore a dashboard from the trash: the awaitable `MonitorsDashboards.restore`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "expected_revision": expected_revision,
            "folder_id": folder_id,
        }
        return await self._client.request(_DASHBOARDS_RESTORE, args, **options)
