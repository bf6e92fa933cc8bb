"""`client.alerts.changes`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.change import Change
    from ..types.defs.change_page import ChangePage
    from ..types.defs.filter_condition import FilterCondition

_TYPES = TypeNames(
    __name__,
    {
        "Change": "defs.change",
        "ChangePage": "defs.change_page",
        "FilterCondition": "defs.filter_condition",
    },
)

__all__ = ["AlertsChanges", "AsyncAlertsChanges"]

_CHANGES_LIST: Endpoint[ChangePage] = Endpoint(
    "POST",
    "/change/list",
    kind="page",
    data="ChangePage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(items="items", page="p"),
)


class AlertsChanges(SyncResource):
    """Operations under `client.alerts.changes`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        filters: (
            SequenceNotStr[
                FilterCondition
                | Mapping[str, Any]
                | SequenceNotStr[FilterCondition | Mapping[str, Any]]
            ]
            | Omit
        ) = OMIT,
        include_events: bool | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        data_source_ids: SequenceNotStr[int] | Omit = OMIT,
        data_source_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        orderby: Literal["start_time", "last_time"] | EnumValue | Omit = OMIT,
        order_by: Literal["start_time", "last_time"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Change, ChangePage]:
        """List changes.

        Lists changes (deployments, configuration changes…) pushed by change
        integrations, filtered by time, integration, channel, text and a filter tree.
        Without a time window the last hour is searched. Documented only in the legacy
        reference.

        HTTP: POST /change/list

        Args:
            p: Page number, from 1.
            limit: Page size.
            start_time: Lower bound of the time range, Unix seconds; send together with
                `end_time`. An aware `datetime` is accepted too.
            end_time: Upper bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            filters: A filter in either form the API has used: the current documents
                send and take a flat list of conditions that must all hold (`[a, b]`
                means `a and b`); the May 2026 document had an OR of AND groups (`[[a,
                b], [c]]`). Both are JSON arrays, so each item may be a condition or a
                group of them: both forms are accepted and answers of either form are
                read.
            include_events: Also return each change's events when true.
            integration_ids: Change integrations to match.
            integration_id: One change integration to match; older form of
                `integration_ids`, still accepted.
            data_source_ids: Change integrations to match, under their older name; use
                `integration_ids`.
            data_source_id: One change integration to match, under its older name; use
                `integration_ids`.
            channel_ids: Channels to match.
            orderby: Sort field, `start_time` by default.
            order_by: Sort field under its legacy name; use `orderby`, the name the
                current document gives it (kept so calls written against the legacy
                document work).
            asc: Oldest first when true.
            query: Regular expression matched against title, description and change key.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "start_time": start_time,
            "end_time": end_time,
            "filters": filters,
            "include_events": include_events,
            "integration_ids": integration_ids,
            "integration_id": integration_id,
            "data_source_ids": data_source_ids,
            "data_source_id": data_source_id,
            "channel_ids": channel_ids,
            "orderby": orderby,
            "order_by": order_by,
            "asc": asc,
            "query": query,
        }
        return sync_page(self._client, _CHANGES_LIST, args, options)


class AsyncAlertsChanges(AsyncResource):
    """Operations under `client.alerts.changes`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        filters: (
            SequenceNotStr[
                FilterCondition
                | Mapping[str, Any]
                | SequenceNotStr[FilterCondition | Mapping[str, Any]]
            ]
            | Omit
        ) = OMIT,
        include_events: bool | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        data_source_ids: SequenceNotStr[int] | Omit = OMIT,
        data_source_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        orderby: Literal["start_time", "last_time"] | EnumValue | Omit = OMIT,
        order_by: Literal["start_time", "last_time"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Change, ChangePage]:
        """List changes: the awaitable `AlertsChanges.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "start_time": start_time,
            "end_time": end_time,
            "filters": filters,
            "include_events": include_events,
            "integration_ids": integration_ids,
            "integration_id": integration_id,
            "data_source_ids": data_source_ids,
            "data_source_id": data_source_id,
            "channel_ids": channel_ids,
            "orderby": orderby,
            "order_by": order_by,
            "asc": asc,
            "query": query,
        }
        return AsyncPager(self._client, _CHANGES_LIST, args, options)
