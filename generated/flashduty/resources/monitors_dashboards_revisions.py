"""`client.monitors.dashboards.revisions`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.dashboard_revision import DashboardRevision
    from ..types.defs.dashboard_revision_list import DashboardRevisionList

_TYPES = TypeNames(
    __name__,
    {
        "DashboardRevision": "defs.dashboard_revision",
        "DashboardRevisionList": "defs.dashboard_revision_list",
    },
)

__all__ = ["MonitorsDashboardsRevisions", "AsyncMonitorsDashboardsRevisions"]

_DASHBOARDS_REVISIONS_LIST: Endpoint[DashboardRevisionList] = Endpoint(
    "POST",
    "/monit/dashboard/revisions/list",
    kind="model",
    data="DashboardRevisionList",
    types=_TYPES,
    idempotent=True,
)
_DASHBOARDS_REVISIONS_GET: Endpoint[DashboardRevision] = Endpoint(
    "POST",
    "/monit/dashboard/revisions/get",
    kind="model",
    data="DashboardRevision",
    types=_TYPES,
    idempotent=True,
)


class MonitorsDashboardsRevisions(SyncResource):
    """Operations under `client.monitors.dashboards.revisions`."""

    def list(
        self, *, dashboard_id: str, **options: Unpack[RequestOptions]
    ) -> DashboardRevisionList:
        """List a dashboard's revisions.

        Returns the latest revisions of a dashboard (at most 20), newest first, without
        their definitions.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/revisions/list

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id}
        return self._client.request(_DASHBOARDS_REVISIONS_LIST, args, **options)

    def get(
        self, *, dashboard_id: str, revision: int, **options: Unpack[RequestOptions]
    ) -> DashboardRevision:
        """Get one revision of a dashboard.

        Returns a past revision of a dashboard with the definition it had then.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/revisions/get

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            revision: Revision number.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id, "revision": revision}
        return self._client.request(_DASHBOARDS_REVISIONS_GET, args, **options)


class AsyncMonitorsDashboardsRevisions(AsyncResource):
    """Operations under `client.monitors.dashboards.revisions`."""

    async def list(
        self, *, dashboard_id: str, **options: Unpack[RequestOptions]
    ) -> DashboardRevisionList:
        """List a dashboard's revisions: the awaitable `MonitorsDashboardsRevisions.list`, documented there."""
        args = {"dashboard_id": dashboard_id}
        return await self._client.request(_DASHBOARDS_REVISIONS_LIST, args, **options)

    async def get(
        self, *, dashboard_id: str, revision: int, **options: Unpack[RequestOptions]
    ) -> DashboardRevision:
        """Get one revision of a dashboard: the awaitable `MonitorsDashboardsRevisions.get`, documented there."""
        args = {"dashboard_id": dashboard_id, "revision": revision}
        return await self._client.request(_DASHBOARDS_REVISIONS_GET, args, **options)
