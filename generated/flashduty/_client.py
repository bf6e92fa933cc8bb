"""The clients. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._types import OMIT, Omit

if TYPE_CHECKING:
    from .resources.incidents import AsyncIncidents, Incidents
    from .resources.schedules import AsyncSchedules, Schedules
    from .resources.channels import AsyncChannels, Channels
    from .resources.ai_sre import AsyncAiSre, AiSre
    from .resources.people import AsyncPeople, People
    from .resources.monitors import AsyncMonitors, Monitors
    from .resources.rum import AsyncRum, Rum
    from .resources.alerts import AsyncAlerts, Alerts
    from .resources.events import AsyncEvents, Events
    from .resources.analytics import AsyncAnalytics, Analytics
    from .resources.status_pages import AsyncStatusPages, StatusPages
    from .resources.integrations import AsyncIntegrations, Integrations

__all__ = ["Flashduty", "AsyncFlashduty", "ACCOUNT_RATE_LIMIT"]

# The API's documented per-account limits, from the spec's `x-rate-limit`:
# Flashduty(max_requests_per_second=..., max_requests_per_minute=...) paces to them.
ACCOUNT_RATE_LIMIT: Mapping[str, float] = {"per_minute": 1000, "per_second": 50}


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
        base_url: Defaults to FLASHDUTY_BASE_URL, else https://api.flashcat.cloud.
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

    _default_base_url = "https://api.flashcat.cloud"

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
    def incidents(self) -> "Incidents":
        from .resources.incidents import Incidents

        return Incidents(self)

    @cached_property
    def schedules(self) -> "Schedules":
        from .resources.schedules import Schedules

        return Schedules(self)

    @cached_property
    def channels(self) -> "Channels":
        from .resources.channels import Channels

        return Channels(self)

    @cached_property
    def ai_sre(self) -> "AiSre":
        from .resources.ai_sre import AiSre

        return AiSre(self)

    @cached_property
    def people(self) -> "People":
        from .resources.people import People

        return People(self)

    @cached_property
    def monitors(self) -> "Monitors":
        from .resources.monitors import Monitors

        return Monitors(self)

    @cached_property
    def rum(self) -> "Rum":
        from .resources.rum import Rum

        return Rum(self)

    @cached_property
    def alerts(self) -> "Alerts":
        from .resources.alerts import Alerts

        return Alerts(self)

    @cached_property
    def events(self) -> "Events":
        from .resources.events import Events

        return Events(self)

    @cached_property
    def analytics(self) -> "Analytics":
        from .resources.analytics import Analytics

        return Analytics(self)

    @cached_property
    def status_pages(self) -> "StatusPages":
        from .resources.status_pages import StatusPages

        return StatusPages(self)

    @cached_property
    def integrations(self) -> "Integrations":
        from .resources.integrations import Integrations

        return Integrations(self)


class AsyncFlashduty(AsyncAPIClient):
    """Client of the Flashduty Open API for asyncio; same arguments as Flashduty."""

    _default_base_url = "https://api.flashcat.cloud"

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
    def incidents(self) -> "AsyncIncidents":
        from .resources.incidents import AsyncIncidents

        return AsyncIncidents(self)

    @cached_property
    def schedules(self) -> "AsyncSchedules":
        from .resources.schedules import AsyncSchedules

        return AsyncSchedules(self)

    @cached_property
    def channels(self) -> "AsyncChannels":
        from .resources.channels import AsyncChannels

        return AsyncChannels(self)

    @cached_property
    def ai_sre(self) -> "AsyncAiSre":
        from .resources.ai_sre import AsyncAiSre

        return AsyncAiSre(self)

    @cached_property
    def people(self) -> "AsyncPeople":
        from .resources.people import AsyncPeople

        return AsyncPeople(self)

    @cached_property
    def monitors(self) -> "AsyncMonitors":
        from .resources.monitors import AsyncMonitors

        return AsyncMonitors(self)

    @cached_property
    def rum(self) -> "AsyncRum":
        from .resources.rum import AsyncRum

        return AsyncRum(self)

    @cached_property
    def alerts(self) -> "AsyncAlerts":
        from .resources.alerts import AsyncAlerts

        return AsyncAlerts(self)

    @cached_property
    def events(self) -> "AsyncEvents":
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def analytics(self) -> "AsyncAnalytics":
        from .resources.analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    @cached_property
    def status_pages(self) -> "AsyncStatusPages":
        from .resources.status_pages import AsyncStatusPages

        return AsyncStatusPages(self)

    @cached_property
    def integrations(self) -> "AsyncIntegrations":
        from .resources.integrations import AsyncIntegrations

        return AsyncIntegrations(self)
