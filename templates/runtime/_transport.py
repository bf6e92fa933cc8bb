"""Adding the key to the URL at the last moment, so that no httpx.Request a
user, a log record or an exception can see ever carries it."""

from __future__ import annotations

import httpx

SECRET_EXTENSION = "flashduty.secret"


class Secret:
    """The URL to send, key included; it must never be printed."""

    __slots__ = ("url",)

    def __init__(self, url: httpx.URL):
        self.url = url

    def __repr__(self) -> str:
        return "<secret URL>"


def _with_secret(request: httpx.Request) -> httpx.Request:
    """A copy of `request` bound for the keyed URL. The copy shares headers
    and body; the request httpx logs and returns keeps the URL without key."""
    secret = request.extensions.get(SECRET_EXTENSION)
    if not isinstance(secret, Secret):
        return request
    sent = object.__new__(httpx.Request)
    sent.__dict__.update(request.__dict__)
    sent.url = secret.url
    return sent


class KeyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport):
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(_with_secret(request))

    def close(self) -> None:
        self.inner.close()


class AsyncKeyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport):
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(_with_secret(request))

    async def aclose(self) -> None:
        await self.inner.aclose()
