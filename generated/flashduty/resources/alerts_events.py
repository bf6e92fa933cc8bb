"""`client.alerts.events`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.alert_event import AlertEvent
    from ..types.defs.alert_event_page import AlertEventPage

_TYPES = TypeNames(
    __name__,
    {
        "AlertEvent": "defs.alert_event",
        "AlertEventPage": "defs.alert_event_page",
    },
)

__all__ = ["AlertsEvents", "AsyncAlertsEvents"]

_EVENTS_LIST: Endpoint[AlertEventPage] = Endpoint(
    "POST",
    "/alert-event/list",
    kind="page",
    data="AlertEventPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)


class AlertsEvents(SyncResource):
    """Operations under `client.alerts.events`."""

    def list(
        self,
        *,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_types: SequenceNotStr[str] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: str | Omit = OMIT,
        orderby: Literal["event_time"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AlertEvent, AlertEventPage]:
        """Search raw alert events.

        Lists raw alert events across all alerts, filtered by time, integration, channel
        and severity, newest first by default. Only channels the caller may see are
        searched. Pages with `p` and `limit` (`p` × `limit` at most 10000) or with the
        `search_after_ctx` cursor.

        Permission: Channels Read.
        HTTP: POST /alert-event/list

        Args:
            start_time: Earliest event time, Unix seconds. An aware `datetime` is
                accepted too.
            end_time: Latest event time, Unix seconds. An aware `datetime` is accepted
                too.
            p: Page number, from 1; leave out when paging with `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            integration_ids: Integrations to match.
            integration_types: Integration types to match, e.g. `prometheus.alert`.
            channel_ids: Channels to match, at most 100.
            severities: Severities to match, comma separated, e.g. `Critical,Warning`.
            orderby: Sort field.
            asc: Oldest first when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "integration_ids": integration_ids,
            "integration_types": integration_types,
            "channel_ids": channel_ids,
            "severities": severities,
            "orderby": orderby,
            "asc": asc,
        }
        return sync_page(self._client, _EVENTS_LIST, args, options)


class AsyncAlertsEvents(AsyncResource):
    """Operations under `client.alerts.events`."""

    def list(
        self,
        *,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_types: SequenceNotStr[str] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: str | Omit = OMIT,
        orderby: Literal["event_time"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AlertEvent, AlertEventPage]:
        """Search raw alert events: the awaitable `AlertsEvents.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "integration_ids": integration_ids,
            "integration_types": integration_types,
            "channel_ids": channel_ids,
            "severities": severities,
            "orderby": orderby,
            "asc": asc,
        }
        return AsyncPager(self._client, _EVENTS_LIST, args, options)
