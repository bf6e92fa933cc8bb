"""`client.rum.data`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict, Mapping

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_sql_query import RumSqlQuery
    from ..types.defs.rum_sql_query_result import RumSqlQueryResult

_TYPES = TypeNames(
    __name__,
    {
        "RumSqlQuery": "defs.rum_sql_query",
        "RumSqlQueryResult": "defs.rum_sql_query_result",
    },
)

__all__ = ["RumData", "AsyncRumData"]

_DATA_QUERY: Endpoint[Dict[str, RumSqlQueryResult]] = Endpoint(
    "POST",
    "/rum/data/query",
    kind="value",
    data=lambda: generic(Dict, str, _TYPES["RumSqlQueryResult"]),
    types=_TYPES,
    idempotent=True,
    models={"queries": ("RumSqlQuery", "l")},
    times={"start_time": 1000, "end_time": 1000},
)


class RumData(SyncResource):
    """Operations under `client.rum.data`."""

    def query(
        self,
        *,
        queries: SequenceNotStr[RumSqlQuery | Mapping[str, Any]],
        start_time: int | datetime,
        end_time: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, RumSqlQueryResult]:
        """Run SQL queries over RUM data.

        Runs up to several SQL queries in parallel over RUM data (sessions, views,
        errors, ...) in a time window given in Unix milliseconds. Each result comes back
        under its query's `id`, and a failing query carries its own `error` without
        failing the others. Documented only in the older reference.

        HTTP: POST /rum/data/query

        Args:
            queries: Queries to run in parallel.
            start_time: Start of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            end_time: End of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"queries": queries, "start_time": start_time, "end_time": end_time}
        return self._client.request(_DATA_QUERY, args, **options)


class AsyncRumData(AsyncResource):
    """Operations under `client.rum.data`."""

    async def query(
        self,
        *,
        queries: SequenceNotStr[RumSqlQuery | Mapping[str, Any]],
        start_time: int | datetime,
        end_time: int | datetime,
        **options: Unpack[RequestOptions],
    ) -> Dict[str, RumSqlQueryResult]:
        """Run SQL queries over RUM data: the awaitable `RumData.query`, documented there."""
        args = {"queries": queries, "start_time": start_time, "end_time": end_time}
        return await self._client.request(_DATA_QUERY, args, **options)
