"""`client.status_pages.subscribers`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_subscriber import StatusPageSubscriber
    from ..types.defs.status_page_subscriber_input import StatusPageSubscriberInput
    from ..types.defs.status_page_subscriber_page import StatusPageSubscriberPage

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageSubscriber": "defs.status_page_subscriber",
        "StatusPageSubscriberInput": "defs.status_page_subscriber_input",
        "StatusPageSubscriberPage": "defs.status_page_subscriber_page",
    },
)

__all__ = ["StatusPagesSubscribers", "AsyncStatusPagesSubscribers"]

_SUBSCRIBERS_LIST: Endpoint[StatusPageSubscriberPage] = Endpoint(
    "GET",
    "/status-page/subscriber/list",
    kind="page",
    data="StatusPageSubscriberPage",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "component_ids", "p", "limit"),
    paging=Paging(items="items", page="p"),
)
_SUBSCRIBERS_IMPORT: Endpoint[None] = Endpoint(
    "POST",
    "/status-page/subscriber/import",
    kind="none",
    types=_TYPES,
    models={"subscribers": ("StatusPageSubscriberInput", "l")},
    limits=(2, 20),
)
_SUBSCRIBERS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST", "/status-page/subscriber/export", kind="bytes", idempotent=True, limits=(10, 20)
)


class StatusPagesSubscribers(SyncResource):
    """Operations under `client.status_pages.subscribers`."""

    def list(
        self,
        *,
        page_id: int,
        component_ids: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[StatusPageSubscriber, StatusPageSubscriberPage]:
        """List status page subscribers.

        Lists who subscribed to a status page's notifications, optionally only those
        following some components. Pages with `p` and `limit`; keep asking while
        `has_next_page` is true.

        HTTP: GET /status-page/subscriber/list

        Args:
            page_id: Status page to read.
            component_ids: Only subscribers of these components, comma separated.
            p: Page number, from 1.
            limit: Page size, at most 100.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "component_ids": component_ids, "p": p, "limit": limit}
        return sync_page(self._client, _SUBSCRIBERS_LIST, args, options)

    def import_(
        self,
        *,
        page_id: int,
        method: Literal["email", "im"] | EnumValue,
        subscribers: SequenceNotStr[StatusPageSubscriberInput | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import status page subscribers.

        Adds subscribers to a status page in bulk. Use `email` for public pages and `im`
        (user IDs) for internal ones; each subscriber follows some components or events,
        or everything with `all`. The SDK method is `import_`, as `import` is a Python
        keyword.

        Permission: Status Pages Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /status-page/subscriber/import

        Args:
            page_id: Status page to add the subscribers to.
            method: How a subscriber is notified: `email` on public pages, `im` (instant
                messaging, by user ID) on internal pages.
            subscribers: The subscribers to add.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "method": method, "subscribers": subscribers}
        return self._client.request(_SUBSCRIBERS_IMPORT, args, **options)

    def export(
        self,
        *,
        page_id: int,
        component_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export status page subscribers as CSV.

        Downloads a status page's subscribers, optionally only those of some components,
        as a CSV file with the columns Method, Recipient, Components, Subscribe All and
        Locale. The SDK returns the raw bytes.

        Permission: Status Pages Manage.
        Rate limit: 10 per second, 20 per minute, 100 per day (the daily quota is not paced).
        HTTP: POST /status-page/subscriber/export

        Args:
            page_id: Status page to export.
            component_ids: Only subscribers of these components.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {"page_id": page_id, "component_ids": component_ids}
        return self._client.request(_SUBSCRIBERS_EXPORT, args, **options)


class AsyncStatusPagesSubscribers(AsyncResource):
    """Operations under `client.status_pages.subscribers`."""

    def list(
        self,
        *,
        page_id: int,
        component_ids: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[StatusPageSubscriber, StatusPageSubscriberPage]:
        """List status page subscribers: the awaitable `StatusPagesSubscribers.list`, documented there."""
        args = {"page_id": page_id, "component_ids": component_ids, "p": p, "limit": limit}
        return AsyncPager(self._client, _SUBSCRIBERS_LIST, args, options)

    async def import_(
        self,
        *,
        page_id: int,
        method: Literal["email", "im"] | EnumValue,
        subscribers: SequenceNotStr[StatusPageSubscriberInput | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Import status page subscribers: the awaitable `StatusPagesSubscribers.import_`, documented there."""
        args = {"page_id": page_id, "method": method, "subscribers": subscribers}
        return await self._client.request(_SUBSCRIBERS_IMPORT, args, **options)

    async def export(
        self,
        *,
        page_id: int,
        component_ids: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export status page subscribers as CSV: the awaitable `StatusPagesSubscribers.export`, documented there."""
        args = {"page_id": page_id, "component_ids": component_ids}
        return await self._client.request(_SUBSCRIBERS_EXPORT, args, **options)
