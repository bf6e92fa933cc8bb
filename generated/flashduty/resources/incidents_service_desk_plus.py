"""`client.incidents.service_desk_plus`. Generated from spec/; do not edit."""

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
    from ..types.defs.service_desk_plus_request import ServiceDeskPlusRequest
    from ..types.defs.service_desk_plus_request_page import ServiceDeskPlusRequestPage

_TYPES = TypeNames(
    __name__,
    {
        "ServiceDeskPlusRequest": "defs.service_desk_plus_request",
        "ServiceDeskPlusRequestPage": "defs.service_desk_plus_request_page",
    },
)

__all__ = ["IncidentsServiceDeskPlus", "AsyncIncidentsServiceDeskPlus"]

_SERVICE_DESK_PLUS_LIST: Endpoint[ServiceDeskPlusRequestPage] = Endpoint(
    "POST",
    "/incident/sdp/request/list",
    kind="page",
    data="ServiceDeskPlusRequestPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)


class IncidentsServiceDeskPlus(SyncResource):
    """Operations under `client.incidents.service_desk_plus`."""

    def list(
        self,
        *,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        status: Literal["success", "failed"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        incident_id: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ServiceDeskPlusRequest, ServiceDeskPlusRequestPage]:
        """List ServiceDesk Plus requests of incidents.

        Lists the requests that incidents opened in ManageEngine ServiceDesk Plus, with
        the outcome of each, filtered by time, status, channel, integration, incident or
        request. Walks the pages by `search_after_ctx` when given, by `p` otherwise.

        Permission: Incidents Read.
        HTTP: POST /incident/sdp/request/list

        Args:
            start_time: Start of the time window, Unix seconds. An aware `datetime` is
                accepted too.
            end_time: End of the time window, Unix seconds. An aware `datetime` is
                accepted too.
            status: Status to set or match.
            channel_ids: Channels to match.
            integration_id: Integration ID.
            incident_id: Incident ID.
            request_id: ServiceDesk Plus request ID to match.
            asc: Ascending order when true.
            p: Page number, from 1.
            limit: Items per page.
            search_after_ctx: The `search_after_ctx` of the page before.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "status": status,
            "channel_ids": channel_ids,
            "integration_id": integration_id,
            "incident_id": incident_id,
            "request_id": request_id,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _SERVICE_DESK_PLUS_LIST, args, options)


class AsyncIncidentsServiceDeskPlus(AsyncResource):
    """Operations under `client.incidents.service_desk_plus`."""

    def list(
        self,
        *,
        start_time: int | datetime | Omit = OMIT,
        end_time: int | datetime | Omit = OMIT,
        status: Literal["success", "failed"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        incident_id: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ServiceDeskPlusRequest, ServiceDeskPlusRequestPage]:
        """List ServiceDesk Plus requests of incidents: the awaitable `IncidentsServiceDeskPlus.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "status": status,
            "channel_ids": channel_ids,
            "integration_id": integration_id,
            "incident_id": incident_id,
            "request_id": request_id,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _SERVICE_DESK_PLUS_LIST, args, options)
