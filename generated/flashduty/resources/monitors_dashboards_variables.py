"""`client.monitors.dashboards.variables`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.dashboard_draft_context import DashboardDraftContext
    from ..types.defs.dashboard_selection import DashboardSelection
    from ..types.defs.dashboard_time_range import DashboardTimeRange
    from ..types.defs.dashboard_variable import DashboardVariable
    from ..types.defs.dashboard_variables_resolution import DashboardVariablesResolution

_TYPES = TypeNames(
    __name__,
    {
        "DashboardDraftContext": "defs.dashboard_draft_context",
        "DashboardSelection": "defs.dashboard_selection",
        "DashboardTimeRange": "defs.dashboard_time_range",
        "DashboardVariable": "defs.dashboard_variable",
        "DashboardVariablesResolution": "defs.dashboard_variables_resolution",
    },
)

__all__ = ["MonitorsDashboardsVariables", "AsyncMonitorsDashboardsVariables"]

_DASHBOARDS_VARIABLES_RESOLVE: Endpoint[DashboardVariablesResolution] = Endpoint(
    "POST",
    "/monit/dashboard/runtime/variables/resolve",
    kind="model",
    data="DashboardVariablesResolution",
    types=_TYPES,
    idempotent=True,
    models={"time": ("DashboardTimeRange", ""), "variables": ("DashboardSelection", "m")},
    limits=(16, None),
)
_DASHBOARDS_VARIABLES_PREVIEW: Endpoint[DashboardVariablesResolution] = Endpoint(
    "POST",
    "/monit/dashboard/runtime/variables/preview",
    kind="model",
    data="DashboardVariablesResolution",
    types=_TYPES,
    idempotent=True,
    models={
        "context": ("DashboardDraftContext", ""),
        "time": ("DashboardTimeRange", ""),
        "variables": ("DashboardVariable", "l"),
        "selections": ("DashboardSelection", "m"),
    },
    limits=(16, None),
)


class MonitorsDashboardsVariables(SyncResource):
    """Operations under `client.monitors.dashboards.variables`."""

    def resolve(
        self,
        *,
        dashboard_id: str,
        time: DashboardTimeRange | Mapping[str, Any],
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardVariablesResolution:
        """Resolve a dashboard's variables.

        Computes the candidates and effective selection of every variable of a stored
        dashboard for a time range.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second.
        HTTP: POST /monit/dashboard/runtime/variables/resolve

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            time: An absolute time range in Unix milliseconds.
            variables: Chosen values by variable name, at most 20; variables left out
                take their defaults.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"dashboard_id": dashboard_id, "time": time, "variables": variables}
        return self._client.request(_DASHBOARDS_VARIABLES_RESOLVE, args, **options)

    def preview(
        self,
        *,
        context: DashboardDraftContext | Mapping[str, Any],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: SequenceNotStr[DashboardVariable | Mapping[str, Any]],
        selections: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardVariablesResolution:
        """Resolve draft variables.

        Like `monitors.dashboards.variables.resolve`, for variables that are not saved
        in a dashboard yet.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second.
        HTTP: POST /monit/dashboard/runtime/variables/preview

        Args:
            context: Where a draft belongs; an existing dashboard or a folder for a new
                one.
            time: An absolute time range in Unix milliseconds.
            variables: The draft variables, at most 20.
            selections: Chosen values by variable name, at most 20; variables left out
                take their defaults.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"context": context, "time": time, "variables": variables, "selections": selections}
        return self._client.request(_DASHBOARDS_VARIABLES_PREVIEW, args, **options)


class AsyncMonitorsDashboardsVariables(AsyncResource):
    """Operations under `client.monitors.dashboards.variables`."""

    async def resolve(
        self,
        *,
        dashboard_id: str,
        time: DashboardTimeRange | Mapping[str, Any],
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardVariablesResolution:
        """Resolve a dashboard's variables: the awaitable `MonitorsDashboardsVariables.resolve`, documented there."""
        args = {"dashboard_id": dashboard_id, "time": time, "variables": variables}
        return await self._client.request(_DASHBOARDS_VARIABLES_RESOLVE, args, **options)

    async def preview(
        self,
        *,
        context: DashboardDraftContext | Mapping[str, Any],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: SequenceNotStr[DashboardVariable | Mapping[str, Any]],
        selections: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardVariablesResolution:
        """Resolve draft variables: the awaitable `MonitorsDashboardsVariables.preview`, documented there."""
        args = {"context": context, "time": time, "variables": variables, "selections": selections}
        return await self._client.request(_DASHBOARDS_VARIABLES_PREVIEW, args, **options)
