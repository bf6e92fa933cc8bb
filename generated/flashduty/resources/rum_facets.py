"""`client.rum.facets`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_facet_count_list import RumFacetCountList

_TYPES = TypeNames(
    __name__,
    {
        "RumFacetCountList": "defs.rum_facet_count_list",
    },
)

__all__ = ["RumFacets", "AsyncRumFacets"]

_FACETS_COUNT: Endpoint[RumFacetCountList] = Endpoint(
    "POST",
    "/rum/facet/count",
    kind="model",
    data="RumFacetCountList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1000, "end_time": 1000},
)


class RumFacets(SyncResource):
    """Operations under `client.rum.facets`."""

    def count(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        scope: (
            Literal[
                "session",
                "view",
                "action",
                "error",
                "resource",
                "long_task",
                "vital",
                "issue",
                "sourcemap",
            ]
            | EnumValue
        ),
        facet_key: str,
        facet_value: str | float | bool | Omit = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumFacetCountList:
        """Count records per facet value.

        Counts RUM records of one kind per value of a facet (a field from
        `rum.fields.list`) in a window given in Unix milliseconds. Without `facet_value`
        it returns the most common values, up to `limit`; with it (even a zero value) it
        counts that exact value. Documented only in the older reference.

        HTTP: POST /rum/facet/count

        Args:
            start_time: Start of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            end_time: End of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            scope: Kind of records to count.
            facet_key: Facet to group by, a `field_key` from `rum.fields.list`.
            facet_value: Count only this value; omit to list the most common values.
            dql: Extra filter in DQL; may be combined with `sql`.
            sql: Extra filter as the body of an SQL WHERE clause, without the WHERE
                keyword; may be combined with `dql`.
            limit: Number of values to return, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "scope": scope,
            "facet_key": facet_key,
            "facet_value": facet_value,
            "dql": dql,
            "sql": sql,
            "limit": limit,
        }
        return self._client.request(_FACETS_COUNT, args, **options)


class AsyncRumFacets(AsyncResource):
    """Operations under `client.rum.facets`."""

    async def count(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        scope: (
            Literal[
                "session",
                "view",
                "action",
                "error",
                "resource",
                "long_task",
                "vital",
                "issue",
                "sourcemap",
            ]
            | EnumValue
        ),
        facet_key: str,
        facet_value: str | float | bool | Omit = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumFacetCountList:
        """Count records per facet value: the awaitable `RumFacets.count`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "scope": scope,
            "facet_key": facet_key,
            "facet_value": facet_value,
            "dql": dql,
            "sql": sql,
            "limit": limit,
        }
        return await self._client.request(_FACETS_COUNT, args, **options)
