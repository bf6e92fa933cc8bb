"""The clients. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import OMIT, Omit

if TYPE_CHECKING:
    from .resources.pets import AsyncPets, Pets
    from .resources.events import AsyncEvents, Events

__all__ = ["Flashduty", "AsyncFlashduty", "ACCOUNT_RATE_LIMIT"]

# The API's documented per-account limits, from the spec's `x-rate-limit`:
# Flashduty(max_requests_per_second=..., max_requests_per_minute=...) paces to them.
ACCOUNT_RATE_LIMIT: Mapping[str, float] = {}


class Flashduty(SyncAPIClient):
    """Client of the Flashduty Open API.

    Args:
        app_key: The APP key; defaults to the FLASHDUTY_APP_KEY environment
            variable. Only event push works without a credential.
        access_token: An access token instead of the APP key, sent as
            `Authorization: Bearer <token>` (and no app_key); defaults to the
            FLASHDUTY_ACCESS_TOKEN environment variable. Passing both, an empty
            token, or leaving out both with both variables set, is an error; an
            argument wins over the other kind's variable.
        base_url: Defaults to FLASHDUTY_BASE_URL, else https://api.example.test.
        timeout: Seconds one attempt of a call may take in all, connecting,
            sending and reading the whole answer (default 30; None waits forever).
            Not given, an `http_client` with a timeout of its own (not httpx's
            default) sets it: its longest step. For a stream, the longest wait
            for the next chunk.
        max_retries: Retries of a failed request where retrying is safe (default 2):
            every call is retried when rate limited or never sent; reads (and
            writes marked idempotent) also after a server error, a connection
            lost after sending or a damaged answer.
        default_headers: Headers sent with every request.
        http_client: An httpx.Client of your own (proxies, certificates, transports;
            its proxies and mounts carry the key too). Without one, the client
            honours HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY as httpx does.
            Redirects are never followed, whatever the client says: a 3xx
            answer raises APIResponseError.
        max_requests_per_second, max_requests_per_minute: Pace this client (and its
            `with_options` copies) to stay under these rates; the account-wide
            limits of the API are `ACCOUNT_RATE_LIMIT`: never more than that many
            requests in any second (minute). Off by default.
        max_response_size: The largest answer accepted, in bytes once
            decompressed (default 100 MiB; None for no cap). A larger one raises
            APIResponseError before it is read whole.
        strict_response_validation: Raise `APIResponseError` when an answer differs
            from the spec (a required field missing, a value of another type)
            instead of reading it as the server's Go SDK would (see the README,
            "How answers are read"). Off by default.

    FLASHDUTY_LOG=info logs one line per answer to stderr (method, path,
    status, request ID, attempt, duration; never a key); =debug adds why a
    call is retried. Or configure the `flashduty` logger yourself.
    """

    _default_base_url = "https://api.example.test"

    def __init__(
        self,
        app_key: str | None = None,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        max_requests_per_second: float | None = None,
        max_requests_per_minute: float | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None | Omit = OMIT,
    ):
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            access_token=access_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_requests_per_second=max_requests_per_second,
            max_requests_per_minute=max_requests_per_minute,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )

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

    _default_base_url = "https://api.example.test"

    def __init__(
        self,
        app_key: str | None = None,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_requests_per_second: float | None = None,
        max_requests_per_minute: float | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None | Omit = OMIT,
    ):
        super().__init__(
            http_client=http_client,
            app_key=app_key,
            access_token=access_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            max_requests_per_second=max_requests_per_second,
            max_requests_per_minute=max_requests_per_minute,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
        )

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
