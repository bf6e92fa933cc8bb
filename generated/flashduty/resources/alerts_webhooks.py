"""`client.alerts.webhooks`. Generated from spec/; do not edit."""

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
    from ..types.defs.webhook_history import WebhookHistory
    from ..types.defs.webhook_history_detail import WebhookHistoryDetail
    from ..types.defs.webhook_history_page import WebhookHistoryPage

_TYPES = TypeNames(
    __name__,
    {
        "WebhookHistory": "defs.webhook_history",
        "WebhookHistoryDetail": "defs.webhook_history_detail",
        "WebhookHistoryPage": "defs.webhook_history_page",
    },
)

__all__ = ["AlertsWebhooks", "AsyncAlertsWebhooks"]

_WEBHOOKS_LIST_HISTORY: Endpoint[WebhookHistoryPage] = Endpoint(
    "POST",
    "/webhook/history/list",
    kind="page",
    data="WebhookHistoryPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1000, "end_time": 1000},
    paging=Paging(cursor="search_after_ctx", items="items"),
)
_WEBHOOKS_HISTORY_DETAIL: Endpoint[WebhookHistoryDetail] = Endpoint(
    "POST",
    "/webhook/history/detail",
    kind="model",
    data="WebhookHistoryDetail",
    types=_TYPES,
    idempotent=True,
)


class AlertsWebhooks(SyncResource):
    """Operations under `client.alerts.webhooks`."""

    def list_history(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        limit: int,
        search_after_ctx: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        orderby: Literal["event_time"] | EnumValue | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        event_types: SequenceNotStr[str] | Omit = OMIT,
        status: Literal["success", "failed"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WebhookHistory, WebhookHistoryPage]:
        """List webhook deliveries.

        Lists the delivery attempts of outgoing webhooks inside a time window given in
        milliseconds, filtered by integration, incident or alert, event type and
        outcome. Pages with the `search_after_ctx` cursor only; it is empty on the last
        page.

        Permission: Integrations Read.
        HTTP: POST /webhook/history/list

        Args:
            start_time: Start of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            end_time: End of the window, Unix milliseconds; after `start_time`. An aware
                `datetime` is accepted too.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            asc: Oldest first when true.
            orderby: Sort field.
            ref_id: Only deliveries about this incident or alert.
            integration_id: Only deliveries of this webhook integration.
            event_types: Only these event types, e.g. `i_new` or `a_update`.
            status: Outcome of a webhook delivery attempt.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "asc": asc,
            "orderby": orderby,
            "ref_id": ref_id,
            "integration_id": integration_id,
            "event_types": event_types,
            "status": status,
        }
        return sync_page(self._client, _WEBHOOKS_LIST_HISTORY, args, options)

    def history_detail(
        self, *, event_id: str, integration_id: int, **options: Unpack[RequestOptions]
    ) -> WebhookHistoryDetail:
        """Get one webhook delivery.

        Returns one delivery attempt with the request and response it exchanged and the
        names of the incident or alert and channel.

        Permission: Integrations Read.
        HTTP: POST /webhook/history/detail

        Args:
            event_id: Delivery ID, from `alerts.webhooks.list_history`.
            integration_id: Webhook integration that sent it.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"event_id": event_id, "integration_id": integration_id}
        return self._client.request(_WEBHOOKS_HISTORY_DETAIL, args, **options)


class AsyncAlertsWebhooks(AsyncResource):
    """Operations under `client.alerts.webhooks`."""

    def list_history(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        limit: int,
        search_after_ctx: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        orderby: Literal["event_time"] | EnumValue | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        event_types: SequenceNotStr[str] | Omit = OMIT,
        status: Literal["success", "failed"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookHistory, WebhookHistoryPage]:
        """List webhook deliveries: the awaitable `AlertsWebhooks.list_history`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "asc": asc,
            "orderby": orderby,
            "ref_id": ref_id,
            "integration_id": integration_id,
            "event_types": event_types,
            "status": status,
        }
        return AsyncPager(self._client, _WEBHOOKS_LIST_HISTORY, args, options)

    async def history_detail(
        self, *, event_id: str, integration_id: int, **options: Unpack[RequestOptions]
    ) -> WebhookHistoryDetail:
        """Get one webhook delivery: the awaitable `AlertsWebhooks.history_detail`, documented there."""
        args = {"event_id": event_id, "integration_id": integration_id}
        return await self._client.request(_WEBHOOKS_HISTORY_DETAIL, args, **options)
