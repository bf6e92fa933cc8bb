"""`client.monitors.dashboards.panels`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.dashboard_draft_context import DashboardDraftContext
    from ..types.defs.dashboard_panel import DashboardPanel
    from ..types.defs.dashboard_panel_run import DashboardPanelRun
    from ..types.defs.dashboard_selection import DashboardSelection
    from ..types.defs.dashboard_time_range import DashboardTimeRange
    from ..types.defs.dashboard_variable import DashboardVariable

_TYPES = TypeNames(
    __name__,
    {
        "DashboardDraftContext": "defs.dashboard_draft_context",
        "DashboardPanel": "defs.dashboard_panel",
        "DashboardPanelRun": "defs.dashboard_panel_run",
        "DashboardSelection": "defs.dashboard_selection",
        "DashboardTimeRange": "defs.dashboard_time_range",
        "DashboardVariable": "defs.dashboard_variable",
    },
)

__all__ = ["MonitorsDashboardsPanels", "AsyncMonitorsDashboardsPanels"]

_DASHBOARDS_PANELS_RUN: Endpoint[DashboardPanelRun] = Endpoint(
    "POST",
    "/monit/dashboard/panel/run",
    kind="model",
    data="DashboardPanelRun",
    types=_TYPES,
    idempotent=True,
    models={"time": ("DashboardTimeRange", ""), "variables": ("DashboardSelection", "m")},
    limits=(16, None),
)
_DASHBOARDS_PANELS_PREVIEW: Endpoint[DashboardPanelRun] = Endpoint(
    "POST",
    "/monit/dashboard/panel/preview",
    kind="model",
    data="DashboardPanelRun",
    types=_TYPES,
    idempotent=True,
    models={
        "context": ("DashboardDraftContext", ""),
        "panel": ("DashboardPanel", ""),
        "time": ("DashboardTimeRange", ""),
        "variables": ("DashboardVariable", "l"),
        "selections": ("DashboardSelection", "m"),
    },
    limits=(16, None),
)


class MonitorsDashboardsPanels(SyncResource):
    """Operations under `client.monitors.dashboards.panels`."""

    def run(
        self,
        *,
        dashboard_id: str,
        panel_id: str,
        time: DashboardTimeRange | Mapping[str, Any],
        revision: int | Omit = OMIT,
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        max_data_points: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPanelRun:
        """Run a panel of a dashboard.

        Runs the queries of one stored panel for a time range and returns each query's
        result as the data source sent it.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second.
        HTTP: POST /monit/dashboard/panel/run

        Args:
            dashboard_id: Dashboard ID (UUIDv7).
            panel_id: Panel to run.
            time: An absolute time range in Unix milliseconds.
            revision: When given, the run fails unless the dashboard is still at this
                revision.
            variables: Chosen values by variable name, at most 20; variables left out
                take their defaults.
            max_data_points: Target number of points, 2 to 5000; the server uses 100
                when left out.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "dashboard_id": dashboard_id,
            "panel_id": panel_id,
            "time": time,
            "revision": revision,
            "variables": variables,
            "max_data_points": max_data_points,
        }
        return self._client.request(_DASHBOARDS_PANELS_RUN, args, **options)

    def preview(
        self,
        *,
        context: DashboardDraftContext | Mapping[str, Any],
        panel: DashboardPanel | Mapping[str, Any],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: SequenceNotStr[DashboardVariable | Mapping[str, Any]] | Omit = OMIT,
        selections: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        max_data_points: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPanelRun:
        """Run a draft panel.

        Runs a panel that is not saved (for an editor's preview) without recording a
        revision.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second.
        HTTP: POST /monit/dashboard/panel/preview

        Args:
            context: Where a draft belongs; an existing dashboard or a folder for a new
                one.
            panel: One chart, table or text block.
            time: An absolute time range in Unix milliseconds.
            variables: Draft variables the panel may use.
            selections: Chosen values by variable name, at most 20; variables left out
                take their defaults.
            max_data_points: Target number of points, 2 to 5000; the server uses 100
                when left out.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "context": context,
            "panel": panel,
            "time": time,
            "variables": variables,
            "selections": selections,
            "max_data_points": max_data_points,
        }
        return self._client.request(_DASHBOARDS_PANELS_PREVIEW, args, **options)


class AsyncMonitorsDashboardsPanels(AsyncResource):
    """Operations under `client.monitors.dashboards.panels`."""

    async def run(
        self,
        *,
        dashboard_id: str,
        panel_id: str,
        time: DashboardTimeRange | Mapping[str, Any],
        revision: int | Omit = OMIT,
        variables: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        max_data_points: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPanelRun:
        """Run a panel of a dashboard: the awaitable `MonitorsDashboardsPanels.run`, documented there."""
        args = {
            "dashboard_id": dashboard_id,
            "panel_id": panel_id,
            "time": time,
            "revision": revision,
            "variables": variables,
            "max_data_points": max_data_points,
        }
        return await self._client.request(_DASHBOARDS_PANELS_RUN, args, **options)

    async def preview(
        self,
        *,
        context: DashboardDraftContext | Mapping[str, Any],
        panel: DashboardPanel | Mapping[str, Any],
        time: DashboardTimeRange | Mapping[str, Any],
        variables: SequenceNotStr[DashboardVariable | Mapping[str, Any]] | Omit = OMIT,
        selections: Mapping[str, DashboardSelection | Mapping[str, Any]] | Omit = OMIT,
        max_data_points: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> DashboardPanelRun:
        """Run a draft panel: the awaitable `MonitorsDashboardsPanels.preview`, documented there."""
        args = {
            "context": context,
            "panel": panel,
            "time": time,
            "variables": variables,
            "selections": selections,
            "max_data_points": max_data_points,
        }
        return await self._client.request(_DASHBOARDS_PANELS_PREVIEW, args, **options)
