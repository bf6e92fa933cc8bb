"""`client.monitors.dashboards.trash`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.dashboard_sort import DashboardSort
    from ..types.defs.dashboard_trash_page import DashboardTrashPage

_TYPES = TypeNames(
    __name__,
    {
        "DashboardSort": "defs.dashboard_sort",
        "DashboardTrashPage": "defs.dashboard_trash_page",
    },
)

__all__ = ["MonitorsDashboardsTrash", "AsyncMonitorsDashboardsTrash"]

_DASHBOARDS_TRASH_LIST: Endpoint[DashboardTrashPage] = Endpoint(
    "POST",
    "/monit/dashboard/trash/list",
    kind="model",
    data="DashboardTrashPage",
    types=_TYPES,
    idempotent=True,
    models={"sort": ("DashboardSort", "l")},
)


class MonitorsDashboardsTrash(SyncResource):
    """Operations under `client.monitors.dashboards.trash`."""

    def list(
        self,
        *,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardTrashPage:
        """List deleted dashboards.

        Lists the dashboards deleted in the last 30 days, which can still be restored.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/dashboard/trash/list

        Args:
            sort: Sort keys; only `title` and `deleted_at`.
            p: Page number, from 1.
            limit: Page size.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"sort": sort, "p": p, "limit": limit}
        return self._client.request(_DASHBOARDS_TRASH_LIST, args, **options)


class AsyncMonitorsDashboardsTrash(AsyncResource):
    """Operations under `client.monitors.dashboards.trash`."""

    async def list(
        self,
        *,
        sort: SequenceNotStr[DashboardSort | Mapping[str, Any]] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardTrashPage:
        """List deleted dashboards: the awaitable `MonitorsDashboardsTrash.list`, documented there."""
        args = {"sort": sort, "p": p, "limit": limit}
        return await self._client.request(_DASHBOARDS_TRASH_LIST, args, **options)
