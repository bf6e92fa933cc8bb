"""Adding the key to the URL at the last moment, so that no httpx.Request a
user, a log record or an exception can see ever carries it."""

from __future__ import annotations

import httpx

SECRET_EXTENSION = "flashduty.secret"


class Secret:
    """A query parameter that must never be printed."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value: str):
        self.name = name
        self.value = value

    def __repr__(self) -> str:
        return f"<secret {self.name}>"


def _with_secret(request: httpx.Request) -> httpx.Request:
    secret = request.extensions.get(SECRET_EXTENSION)
    if not isinstance(secret, Secret):
        return request
    extensions = {k: v for k, v in request.extensions.items() if k != SECRET_EXTENSION}
    return httpx.Request(
        request.method,
        request.url.copy_add_param(secret.name, secret.value),
        headers=request.headers,
        stream=request.stream,
        extensions=extensions,
    )


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
