"""`client.monitors.data_sources`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, List, Literal, Mapping

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .monitors_data_sources_prometheus import (
        MonitorsDataSourcesPrometheus,
        AsyncMonitorsDataSourcesPrometheus,
    )
    from ..types.defs.monitor_data_source import MonitorDataSource
    from ..types.defs.monitor_data_source_payload import MonitorDataSourcePayload
    from ..types.defs.monitor_data_source_tool_result import MonitorDataSourceToolResult
    from ..types.defs.monitor_sls_project_page import MonitorSlsProjectPage

_TYPES = TypeNames(
    __name__,
    {
        "MonitorDataSource": "defs.monitor_data_source",
        "MonitorDataSourcePayload": "defs.monitor_data_source_payload",
        "MonitorDataSourceToolResult": "defs.monitor_data_source_tool_result",
        "MonitorSlsProjectPage": "defs.monitor_sls_project_page",
    },
)

__all__ = ["MonitorsDataSources", "AsyncMonitorsDataSources"]

_DATA_SOURCES_INVOKE_TOOL: Endpoint[MonitorDataSourceToolResult] = Endpoint(
    "POST",
    "/monit/datasource/tools/invoke",
    kind="model",
    data="MonitorDataSourceToolResult",
    types=_TYPES,
    idempotent=True,
    limits=(32, 2000),
)
_DATA_SOURCES_CREATE: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/create",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    models={"payload": ("MonitorDataSourcePayload", "")},
)
_DATA_SOURCES_UPDATE: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/update",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    models={"payload": ("MonitorDataSourcePayload", "")},
)
_DATA_SOURCES_DELETE: Endpoint[None] = Endpoint("POST", "/monit/datasource/delete", kind="none")
_DATA_SOURCES_INFO: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/info",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_LIST: Endpoint[List[MonitorDataSource]] = Endpoint(
    "POST",
    "/monit/datasource/list",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorDataSource"]),
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_SLS_PROJECTS: Endpoint[MonitorSlsProjectPage | List[str]] = Endpoint(
    "POST",
    "/monit/datasource/sls/projects",
    kind="value",
    data=lambda: _TYPES["MonitorSlsProjectPage"] | generic(List, str),
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_SLS_LOGSTORES: Endpoint[List[str]] = Endpoint(
    "POST",
    "/monit/datasource/sls/logstores",
    kind="list",
    data=lambda: generic(List, str),
    types=_TYPES,
    idempotent=True,
)


class MonitorsDataSources(SyncResource):
    """Operations under `client.monitors.data_sources`."""

    @cached_property
    def prometheus(self) -> MonitorsDataSourcesPrometheus:
        from .monitors_data_sources_prometheus import MonitorsDataSourcesPrometheus

        return MonitorsDataSourcesPrometheus(self._client)

    def invoke_tool(
        self,
        *,
        datasource_id: int,
        tool: str,
        account_id: int | Omit = OMIT,
        params: Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSourceToolResult:
        """Run a tool against a data source.

        Runs one named tool (such as `mysql.overview` or `prometheus.metric_trends`) on
        a configured data source and returns its evidence as JSON, untouched. The body
        may be at most 128 KiB, the answer 1 MiB, the tool runs at most 25 seconds. Free
        SQL goes through `monitors.queries.data` instead.

        Permission: Datasources Read.
        Rate limit: 32 per second, 2000 per minute.
        HTTP: POST /monit/datasource/tools/invoke

        Args:
            datasource_id: See the API reference.
            tool: See the API reference.
            account_id: See the API reference.
            params: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "datasource_id": datasource_id,
            "tool": tool,
            "account_id": account_id,
            "params": params,
        }
        return self._client.request(_DATA_SOURCES_INVOKE_TOOL, args, **options)

    def create(
        self,
        *,
        type_ident: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
        ),
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Mapping[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        alerting_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSource:
        """Create a data source.

        Adds a data source for Monitors to query. Put the type's settings in the
        `payload` block named like `type_ident` (for Elasticsearch, choose
        `deployment`). `address` is needed for every type except Elasticsearch on
        Elastic Cloud.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/create

        Args:
            type_ident: Type of the data source; decides which `payload` block applies.
            name: Display name.
            edge_cluster_name: Monitors edge cluster that evaluates the rules using this
                source.
            payload: Type-specific settings; fill in only the block named like the
                source's `type_ident`.
            note: Free-text note.
            address: Where to connect: an HTTP URL for Prometheus, Loki and
                VictoriaLogs, `host:port` for the databases, the endpoint without scheme
                for SLS; omit for Elasticsearch on Elastic Cloud.
            enabled: Switch the data source on or off; on when created without it,
                unchanged on update.
            alerting_enabled: Whether alert rules may use it; the diagnostic-only kinds
                refuse true. Left out: on for alerting kinds when created, unchanged on
                update.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "type_ident": type_ident,
            "name": name,
            "edge_cluster_name": edge_cluster_name,
            "payload": payload,
            "note": note,
            "address": address,
            "enabled": enabled,
            "alerting_enabled": alerting_enabled,
        }
        return self._client.request(_DATA_SOURCES_CREATE, args, **options)

    def update(
        self,
        *,
        id: int,
        type_ident: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
        ),
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Mapping[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        alerting_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSource:
        """Update a data source.

        Changes a data source; send its `id` along with the same fields as for creation.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/update

        Args:
            id: Data source to change.
            type_ident: Type of the data source; decides which `payload` block applies.
            name: Display name.
            edge_cluster_name: Monitors edge cluster that evaluates the rules using this
                source.
            payload: Type-specific settings; fill in only the block named like the
                source's `type_ident`.
            note: Free-text note.
            address: Where to connect: an HTTP URL for Prometheus, Loki and
                VictoriaLogs, `host:port` for the databases, the endpoint without scheme
                for SLS; omit for Elasticsearch on Elastic Cloud.
            enabled: Switch the data source on or off; on when created without it,
                unchanged on update.
            alerting_enabled: Whether alert rules may use it; the diagnostic-only kinds
                refuse true. Left out: on for alerting kinds when created, unchanged on
                update.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "id": id,
            "type_ident": type_ident,
            "name": name,
            "edge_cluster_name": edge_cluster_name,
            "payload": payload,
            "note": note,
            "address": address,
            "enabled": enabled,
            "alerting_enabled": alerting_enabled,
        }
        return self._client.request(_DATA_SOURCES_UPDATE, args, **options)

    def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a data source.

        Deletes a data source. Change or delete the alert rules that use it first.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/delete

        Args:
            id: Data source to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_DATA_SOURCES_DELETE, args, **options)

    def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorDataSource:
        """Get one data source.

        Returns a data source with its type-specific `payload` settings.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/info

        Args:
            id: Data source ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_DATA_SOURCES_INFO, args, **options)

    def list(
        self,
        *,
        type: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[MonitorDataSource]:
        """List data sources.

        Returns every data source of the account, or only those of one type. Credentials
        are left out. Not paginated.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/list

        Args:
            type: Only data sources of this type; omit for all.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"type": type}
        return self._client.request(_DATA_SOURCES_LIST, args, **options)

    def sls_projects(
        self,
        *,
        id: int,
        query: str | Omit = OMIT,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorSlsProjectPage | List[str]:
        """List the projects of an SLS data source.

        Lists the Alibaba Cloud Simple Log Service projects reachable through an `sls`
        data source; `query` narrows them by a fuzzy match (on the project description,
        per the current documents). Pages with `offset` and `size` (`size` 0 means 200).
        The current API answers a page object (`projects`, `count`, `total`); older
        servers answered a plain list of names, which still reads.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/sls/projects

        Args:
            id: An `sls` data source.
            query: Filter on the projects; empty for all.
            offset: Number of projects to skip.
            size: Number of projects to return.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id, "query": query, "offset": offset, "size": size}
        return self._client.request(_DATA_SOURCES_SLS_PROJECTS, args, **options)

    def sls_logstores(
        self,
        *,
        id: int,
        project: str,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[str]:
        """List the logstores of an SLS project.

        Lists the logstores of one project behind an `sls` data source. Pages with
        `offset` and `size`.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/sls/logstores

        Args:
            id: An `sls` data source.
            project: Project whose logstores to list.
            offset: Number of logstores to skip.
            size: Number of logstores to return.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id, "project": project, "offset": offset, "size": size}
        return self._client.request(_DATA_SOURCES_SLS_LOGSTORES, args, **options)


class AsyncMonitorsDataSources(AsyncResource):
    """Operations under `client.monitors.data_sources`."""

    @cached_property
    def prometheus(self) -> AsyncMonitorsDataSourcesPrometheus:
        from .monitors_data_sources_prometheus import AsyncMonitorsDataSourcesPrometheus

        return AsyncMonitorsDataSourcesPrometheus(self._client)

    async def invoke_tool(
        self,
        *,
        datasource_id: int,
        tool: str,
        account_id: int | Omit = OMIT,
        params: Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSourceToolResult:
        """Run a tool against a data source: the awaitable `MonitorsDataSources.invoke_tool`, documented there."""
        args = {
            "datasource_id": datasource_id,
            "tool": tool,
            "account_id": account_id,
            "params": params,
        }
        return await self._client.request(_DATA_SOURCES_INVOKE_TOOL, args, **options)

    async def create(
        self,
        *,
        type_ident: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
        ),
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Mapping[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        alerting_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSource:
        """Create a data source: the awaitable `MonitorsDataSources.create`, documented there."""
        args = {
            "type_ident": type_ident,
            "name": name,
            "edge_cluster_name": edge_cluster_name,
            "payload": payload,
            "note": note,
            "address": address,
            "enabled": enabled,
            "alerting_enabled": alerting_enabled,
        }
        return await self._client.request(_DATA_SOURCES_CREATE, args, **options)

    async def update(
        self,
        *,
        id: int,
        type_ident: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
        ),
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Mapping[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        alerting_enabled: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorDataSource:
        """Update a data source: the awaitable `MonitorsDataSources.update`, documented there."""
        args = {
            "id": id,
            "type_ident": type_ident,
            "name": name,
            "edge_cluster_name": edge_cluster_name,
            "payload": payload,
            "note": note,
            "address": address,
            "enabled": enabled,
            "alerting_enabled": alerting_enabled,
        }
        return await self._client.request(_DATA_SOURCES_UPDATE, args, **options)

    async def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a data source: the awaitable `MonitorsDataSources.delete`, documented there."""
        args = {"id": id}
        return await self._client.request(_DATA_SOURCES_DELETE, args, **options)

    async def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorDataSource:
        """Get one data source: the awaitable `MonitorsDataSources.info`, documented there."""
        args = {"id": id}
        return await self._client.request(_DATA_SOURCES_INFO, args, **options)

    async def list(
        self,
        *,
        type: (
            Literal[
                "prometheus",
                "loki",
                "mysql",
                "oracle",
                "postgres",
                "clickhouse",
                "elasticsearch",
                "sls",
                "victorialogs",
                "tencent_cls",
                "redis_node",
                "redis_sentinel",
                "mongodb_mongod",
                "mongodb_mongos",
                "kafka",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[MonitorDataSource]:
        """List data sources: the awaitable `MonitorsDataSources.list`, documented there."""
        args = {"type": type}
        return await self._client.request(_DATA_SOURCES_LIST, args, **options)

    async def sls_projects(
        self,
        *,
        id: int,
        query: str | Omit = OMIT,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorSlsProjectPage | List[str]:
        """List the projects of an SLS data source: the awaitable `MonitorsDataSources.sls_projects`, documented there."""
        args = {"id": id, "query": query, "offset": offset, "size": size}
        return await self._client.request(_DATA_SOURCES_SLS_PROJECTS, args, **options)

    async def sls_logstores(
        self,
        *,
        id: int,
        project: str,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[str]:
        """List the logstores of an SLS project: the awaitable `MonitorsDataSources.sls_logstores`, documented there."""
        args = {"id": id, "project": project, "offset": offset, "size": size}
        return await self._client.request(_DATA_SOURCES_SLS_LOGSTORES, args, **options)
