"""`client.status_pages.drafts`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_draft import StatusPageDraft

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageDraft": "defs.status_page_draft",
    },
)

__all__ = ["StatusPagesDrafts", "AsyncStatusPagesDrafts"]

_DRAFTS_CREATE: Endpoint[StatusPageDraft] = Endpoint(
    "POST",
    "/status-page/draft/create",
    kind="model",
    data="StatusPageDraft",
    types=_TYPES,
    limits=(20, 300),
)


class StatusPagesDrafts(SyncResource):
    """Operations under `client.status_pages.drafts`."""

    def create(
        self,
        *,
        draft: Mapping[str, Any],
        source: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageDraft:
        """Save a status page event draft.

        Stores a draft of a status page event (for example one written by the AI SRE)
        for a person to review and publish in the console. The draft is free-form JSON;
        `source` says where it came from.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /status-page/draft/create

        Args:
            draft: The draft, free-form JSON.
            source: Where the draft comes from, e.g. an AI SRE session.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"draft": draft, "source": source}
        return self._client.request(_DRAFTS_CREATE, args, **options)


class AsyncStatusPagesDrafts(AsyncResource):
    """Operations under `client.status_pages.drafts`."""

    async def create(
        self,
        *,
        draft: Mapping[str, Any],
        source: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StatusPageDraft:
        """Save a status page event draft: the awaitable `StatusPagesDrafts.create`, documented there."""
        args = {"draft": draft, "source": source}
        return await self._client.request(_DRAFTS_CREATE, args, **options)
