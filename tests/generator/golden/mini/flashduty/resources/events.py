"""`client.events`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.pushed import Pushed

_TYPES = TypeNames(
    __name__,
    {
        "Pushed": "defs.pushed",
    },
)

__all__ = ["Events", "AsyncEvents"]

_PUSH: Endpoint[str | None] = Endpoint(
    "POST",
    "/event/push",
    kind="model",
    data="Pushed",
    types=_TYPES,
    auth="integration_key",
    unwrap="key",
)


class Events(SyncResource):
    """Operations under `client.events`."""

    def push(
        self, *, integration_key: str, title: str, **options: Unpack[RequestOptions]
    ) -> str | None:
        """Push an event.

        Sends an event with an integration key.

        HTTP: POST /event/push

        Args:
            integration_key: The integration_key.
            title: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_key": integration_key, "title": title}
        return self._client.request(_PUSH, args, **options)


class AsyncEvents(AsyncResource):
    """Operations under `client.events`."""

    async def push(
        self, *, integration_key: str, title: str, **options: Unpack[RequestOptions]
    ) -> str | None:
        """Push an event: the awaitable `Events.push`, documented there."""
        args = {"integration_key": integration_key, "title": title}
        return await self._client.request(_PUSH, args, **options)
