"""The clients. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import OMIT, Omit

if TYPE_CHECKING:
    from .resources.pets import AsyncPets, Pets
    from .resources.events import AsyncEvents, Events

__all__ = ["Flashduty", "AsyncFlashduty"]


class Flashduty(SyncAPIClient):
    """Client of the Flashduty Open API.

    Args:
        app_key: The APP key; defaults to the FLASHDUTY_APP_KEY environment
            variable. Only event push works without one.
        base_url: Defaults to FLASHDUTY_BASE_URL, else https://api.flashcat.cloud.
        timeout: Seconds to wait for each request (default 30; None waits forever).
        max_retries: Retries of a failed request where retrying is safe (default 2).
        default_headers: Headers sent with every request.
        http_client: An httpx.Client of your own (proxies, certificates, transports).
    """

    def __init__(
        self,
        app_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ):
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )

    def with_options(self, **changes: Any) -> "Flashduty":
        """A copy with some settings changed (`timeout`, `max_retries`,
        `base_url`, `app_key`, `default_headers`), sharing the connection pool."""
        clone = Flashduty(http_client=self._http, **{**self._settings(), **changes})
        clone._owns_http = False
        return clone

    def __enter__(self) -> "Flashduty":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def pets(self) -> "Pets":
        from .resources.pets import Pets

        return Pets(self)

    @cached_property
    def events(self) -> "Events":
        from .resources.events import Events

        return Events(self)


class AsyncFlashduty(AsyncAPIClient):
    """Client of the Flashduty Open API for asyncio; same arguments as Flashduty."""

    def __init__(
        self,
        app_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ):
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )

    def with_options(self, **changes: Any) -> "AsyncFlashduty":
        """A copy with some settings changed, sharing the connection pool."""
        clone = AsyncFlashduty(http_client=self._http, **{**self._settings(), **changes})
        clone._owns_http = False
        return clone

    async def __aenter__(self) -> "AsyncFlashduty":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @cached_property
    def pets(self) -> "AsyncPets":
        from .resources.pets import AsyncPets

        return AsyncPets(self)

    @cached_property
    def events(self) -> "AsyncEvents":
        from .resources.events import AsyncEvents

        return AsyncEvents(self)
