"""`client.monitors.queries`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from ..types.defs.monitor_diagnose_input import MonitorDiagnoseInput
    from ..types.defs.monitor_diagnose_method import MonitorDiagnoseMethod
    from ..types.defs.monitor_diagnose_options import MonitorDiagnoseOptions
    from ..types.defs.monitor_diagnose_time_range import MonitorDiagnoseTimeRange
    from ..types.defs.monitor_diagnosis import MonitorDiagnosis
    from ..types.defs.monitor_explore_data import MonitorExploreData
    from ..types.defs.monitor_explore_run import MonitorExploreRun
    from ..types.defs.monitor_query_data import MonitorQueryData
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "MonitorDiagnoseInput": "defs.monitor_diagnose_input",
        "MonitorDiagnoseMethod": "defs.monitor_diagnose_method",
        "MonitorDiagnoseOptions": "defs.monitor_diagnose_options",
        "MonitorDiagnoseTimeRange": "defs.monitor_diagnose_time_range",
        "MonitorDiagnosis": "defs.monitor_diagnosis",
        "MonitorExploreData": "defs.monitor_explore_data",
        "MonitorExploreRun": "defs.monitor_explore_run",
        "MonitorQueryData": "defs.monitor_query_data",
    },
)

__all__ = ["MonitorsQueries", "AsyncMonitorsQueries"]

_QUERIES_EXPLORE: Endpoint[MonitorExploreData] = Endpoint(
    "POST",
    "/monit/query/explore",
    kind="model",
    data="MonitorExploreData",
    types=_TYPES,
    idempotent=True,
    models={"execution": ("MonitorExploreRun", "")},
    limits=(16, 100),
)
_QUERIES_DATA: Endpoint[MonitorQueryData] = Endpoint(
    "POST",
    "/monit/query/data",
    kind="model",
    data="MonitorQueryData",
    types=_TYPES,
    idempotent=True,
    limits=(5, 100),
)
_QUERIES_DIAGNOSE: Endpoint[MonitorDiagnosis] = Endpoint(
    "POST",
    "/monit/query/diagnose",
    kind="model",
    data="MonitorDiagnosis",
    types=_TYPES,
    idempotent=True,
    models={
        "input": ("MonitorDiagnoseInput", ""),
        "time_range": ("MonitorDiagnoseTimeRange", ""),
        "methods": ("MonitorDiagnoseMethod", "l"),
        "options": ("MonitorDiagnoseOptions", ""),
    },
    limits=(10, 600),
)


class MonitorsQueries(SyncResource):
    """Operations under `client.monitors.queries`."""

    def explore(
        self,
        *,
        datasource_id: int,
        expr: str,
        execution: MonitorExploreRun | Mapping[str, Any],
        args_: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorExploreData:
        """Run an Explore query.

        Runs one ad-hoc query on a data source for the Explore view, at an instant, over
        a stepped range or as raw rows of a window, and returns frames, samples or log
        lines (`explore_result.v1`).

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Datasources Read.
        Rate limit: 16 per second, 100 per minute.
        HTTP: POST /monit/query/explore

        Args:
            datasource_id: Data source to query (see `monitors.data_sources.list`).
            expr: Query in the data source's own language (PromQL, LogsQL, SQL, ...); at
                most 64 KiB.
            execution: When an Explore query is evaluated.
            args_: Values for the query's variables by name (128 KiB in all).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"datasource_id": datasource_id, "expr": expr, "execution": execution, "args": args_}
        return self._client.request(_QUERIES_EXPLORE, args, **options)

    def data(
        self,
        *,
        ds_type: str,
        ds_name: str,
        expr: str,
        account_id: int | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        args_: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorQueryData:
        """Run a query against a data source.

        Runs one query expression (PromQL, LogQL, SQL, ... as the source type needs) on
        a configured data source and waits for the result. The answer has the format
        `query_result.v1`; `result.kind` says whether it holds frames, records or
        samples. Needs monit-edge v0.65.0 or later.

        Rate limit: 5 per second, 100 per minute.
        HTTP: POST /monit/query/data

        Args:
            ds_type: See the API reference.
            ds_name: See the API reference.
            expr: See the API reference.
            account_id: See the API reference.
            delay_seconds: See the API reference.
            args_: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "ds_type": ds_type,
            "ds_name": ds_name,
            "expr": expr,
            "account_id": account_id,
            "delay_seconds": delay_seconds,
            "args": args_,
        }
        return self._client.request(_QUERIES_DATA, args, **options)

    @deprecated(
        "monitors.queries.diagnose is deprecated; use client.monitors.data_sources.invoke_tool instead"
    )
    def diagnose(
        self,
        *,
        ds_type: str,
        ds_name: str,
        input: MonitorDiagnoseInput | Mapping[str, Any],
        account_id: int | Omit = OMIT,
        operation: Literal["log_patterns", "metric_trends"] | EnumValue | Omit = OMIT,
        time_range: MonitorDiagnoseTimeRange | Mapping[str, Any] | Omit = OMIT,
        methods: SequenceNotStr[MonitorDiagnoseMethod | Mapping[str, Any]] | Omit = OMIT,
        options_: MonitorDiagnoseOptions | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDiagnosis:
        """Diagnose a data source (log patterns, metric trends).

        Runs a diagnostic analysis and waits up to about 35 seconds: `log_patterns` on
        Loki or VictoriaLogs, `metric_trends` on Prometheus. `time_range` is in Unix
        seconds. The vendor has retired this call in favour of the data source tools;
        use `monitors.data_sources.invoke_tool` (tools `prometheus.metric_trends`,
        `loki.log_patterns`, `victorialogs.log_patterns`).

        Deprecated: use `client.monitors.data_sources.invoke_tool` instead.

        Rate limit: 10 per second, 600 per minute.
        HTTP: POST /monit/query/diagnose

        Args:
            ds_type: See the API reference.
            ds_name: See the API reference.
            input: See the API reference.
            account_id: See the API reference.
            operation: See the API reference.
            time_range: See the API reference.
            methods: See the API reference.
            options_: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "ds_type": ds_type,
            "ds_name": ds_name,
            "input": input,
            "account_id": account_id,
            "operation": operation,
            "time_range": time_range,
            "methods": methods,
            "options": options_,
        }
        return self._client.request(_QUERIES_DIAGNOSE, args, **options)


class AsyncMonitorsQueries(AsyncResource):
    """Operations under `client.monitors.queries`."""

    async def explore(
        self,
        *,
        datasource_id: int,
        expr: str,
        execution: MonitorExploreRun | Mapping[str, Any],
        args_: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorExploreData:
        """Run an Explore query: the awaitable `MonitorsQueries.explore`, documented there."""
        args = {"datasource_id": datasource_id, "expr": expr, "execution": execution, "args": args_}
        return await self._client.request(_QUERIES_EXPLORE, args, **options)

    async def data(
        self,
        *,
        ds_type: str,
        ds_name: str,
        expr: str,
        account_id: int | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        args_: Mapping[str, str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorQueryData:
        """Run a query against a data source: the awaitable `MonitorsQueries.data`, documented there."""
        args = {
            "ds_type": ds_type,
            "ds_name": ds_name,
            "expr": expr,
            "account_id": account_id,
            "delay_seconds": delay_seconds,
            "args": args_,
        }
        return await self._client.request(_QUERIES_DATA, args, **options)

    @deprecated(
        "monitors.queries.diagnose is deprecated; use client.monitors.data_sources.invoke_tool instead"
    )
    async def diagnose(
        self,
        *,
        ds_type: str,
        ds_name: str,
        input: MonitorDiagnoseInput | Mapping[str, Any],
        account_id: int | Omit = OMIT,
        operation: Literal["log_patterns", "metric_trends"] | EnumValue | Omit = OMIT,
        time_range: MonitorDiagnoseTimeRange | Mapping[str, Any] | Omit = OMIT,
        methods: SequenceNotStr[MonitorDiagnoseMethod | Mapping[str, Any]] | Omit = OMIT,
        options_: MonitorDiagnoseOptions | Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDiagnosis:
        """Diagnose a data source (log patterns, metric trends): the awaitable `MonitorsQueries.diagnose`, documented there."""
        args = {
            "ds_type": ds_type,
            "ds_name": ds_name,
            "input": input,
            "account_id": account_id,
            "operation": operation,
            "time_range": time_range,
            "methods": methods,
            "options": options_,
        }
        return await self._client.request(_QUERIES_DIAGNOSE, args, **options)
