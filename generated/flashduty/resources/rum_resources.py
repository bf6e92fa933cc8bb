"""`client.rum.resources`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_resource import RumResource

_TYPES = TypeNames(
    __name__,
    {
        "RumResource": "defs.rum_resource",
    },
)

__all__ = ["RumResources", "AsyncRumResources"]

_RESOURCES_INFO: Endpoint[RumResource] = Endpoint(
    "POST", "/rum/resource/info", kind="model", data="RumResource", types=_TYPES, idempotent=True
)


class RumResources(SyncResource):
    """Operations under `client.rum.resources`."""

    def info(
        self, *, no_cache: bool | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> RumResource:
        """Get the account's RUM plan and usage.

        Returns the RUM resource of the account (plan, quotas, status) with the sessions
        used in the current 30-day window. `ResourceNotFound` when RUM is not set up.
        `no_cache` skips the cache of the record, not of the usage counts (refreshed
        hourly).

        HTTP: POST /rum/resource/info

        Args:
            no_cache: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"no_cache": no_cache}
        return self._client.request(_RESOURCES_INFO, args, **options)


class AsyncRumResources(AsyncResource):
    """Operations under `client.rum.resources`."""

    async def info(
        self, *, no_cache: bool | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> RumResource:
        """Get the account's RUM plan and usage: the awaitable `RumResources.info`, documented there."""
        args = {"no_cache": no_cache}
        return await self._client.request(_RESOURCES_INFO, args, **options)
