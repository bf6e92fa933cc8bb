"""`client.monitors.dashboards.queries`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.dashboard_queries_resolution import DashboardQueriesResolution
    from ..types.defs.dashboard_selection import DashboardSelection
    from ..types.defs.dashboard_time_range import DashboardTimeRange

_TYPES = TypeNames(
    __name__,
    {
        "DashboardQueriesResolution": "defs.dashboard_queries_resolution",
        "DashboardSelection": "defs.dashboard_selection",
        "DashboardTimeRange": "defs.dashboard_time_range",
    },
)

__all__ = ["MonitorsDashboardsQueries", "AsyncMonitorsDashboardsQueries"]

_DASHBOARDS_QUERIES_RESOLVE: Endpoint[DashboardQueriesResolution] = Endpoint(
    "POST",
    "/monit/dashboard/runtime/queries/resolve",
    kind="model",
    data="DashboardQueriesResolution",
    types=_TYPES,
    idempotent=True,
    models={"time": ("DashboardTimeRange", ""), "variables": ("DashboardSelection", "m")},
    limits=(16, None),
)


class MonitorsDashboardsQueries(SyncResource):
    """Operations under `client.monitors.dashboards.queries`."""

    def resolve(
        self,
        *,
        dashboard_id: str,
        panel_ids: SequenceNotStr[str],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardQueriesResolution:
        """Resolve panel queries without running them.

        Binds the queries of up to 100 panels to their data sources and fills in the
        variables, without running them. A panel that does not exist comes back with an
        error instead of failing the call.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second.
        HTTP: POST /monit/dashboard/runtime/queries/resolve

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            panel_ids: Panels to resolve, 1 to 100 distinct IDs.
            time: An absolute time range in Unix milliseconds.
            variables: Chosen values by variable name, at most 20; variables left out
                take their defaults.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "panel_ids": panel_ids,
            "time": time,
            "variables": variables,
        }
        return self._client.request(_DASHBOARDS_QUERIES_RESOLVE, args, **options)


class AsyncMonitorsDashboardsQueries(AsyncResource):
    """Operations under `client.monitors.dashboards.queries`."""

    async def resolve(
        self,
        *,
        dashboard_id: str,
        panel_ids: SequenceNotStr[str],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardQueriesResolution:
        """Resolve panel queries without running them: the awaitable `MonitorsDashboardsQueries.resolve`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "panel_ids": panel_ids,
            "time": time,
            "variables": variables,
        }
        return await self._client.request(_DASHBOARDS_QUERIES_RESOLVE, args, **options)
