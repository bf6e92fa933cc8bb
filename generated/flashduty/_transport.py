"""The wire, where the user's httpx client meets the API's rules.

The key is added to the URL at the last moment, in a wrapper around every
transport the client may route through (its own and each mount: proxies), so
that no httpx.Request a user, a log record or an exception can see ever
carries it. Answers are read with a size cap and, for sync clients, under a
deadline for the whole attempt."""

from __future__ import annotations

import contextvars
import time
from typing import Any, AsyncIterator, Iterator, Union

import httpx

from ._fork import forget_connections, track

SECRET_EXTENSION = "flashduty.secret"
DEFAULT_MAX_RESPONSE_SIZE = 100 * 1024 * 1024

# When the current sync attempt must end (time.monotonic()), or None. The
# network streams of httpx's own transports read it: see _deadline.py.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "flashduty_deadline", default=None
)


class Secret:
    """The URL to send (key included), the header that carries the
    credential instead (a bearer token), and the secret; never to be printed."""

    __slots__ = ("url", "value", "header")

    def __init__(self, url: httpx.URL, value: str, header: tuple[str, str] | None = None):
        self.url = url
        self.value = value
        self.header = header

    def __repr__(self) -> str:
        return "<secret URL>"


class BodyError(Exception):
    """The body could not be read whole; the client turns it into an
    APIResponseError. `retry`: whether another attempt may fare better."""

    def __init__(self, response: httpx.Response, message: str, retry: bool):
        super().__init__(message)
        self.response = response
        self.retry = retry


def _too_large(response: httpx.Response, limit: int) -> BodyError:
    return BodyError(
        response,
        f"the answer is larger than max_response_size ({limit:,} bytes); raise it with "
        "Flashduty(max_response_size=...) if such answers are expected",
        retry=False,
    )


def _with_secret(request: httpx.Request) -> httpx.Request:
    """A copy of `request` bound for the keyed URL (or with the credential's
    header). The copy shares the body; the request httpx logs and returns
    keeps neither the key nor the token."""
    secret = request.extensions.get(SECRET_EXTENSION)
    if not isinstance(secret, Secret):
        return request
    sent = object.__new__(httpx.Request)
    sent.__dict__.update(request.__dict__)
    sent.url = secret.url
    if secret.header is not None:
        sent.headers = request.headers.copy()
        sent.headers[secret.header[0]] = secret.header[1]
    return sent


class KeyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport):
        self.inner = inner
        if isinstance(inner, httpx.HTTPTransport):
            from ._deadline import bound_pool  # loads httpcore: only for real transports

            bound_pool(inner)
        track(self)

    def after_fork(self) -> None:
        forget_connections(self.inner)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(_with_secret(request))

    def close(self) -> None:
        self.inner.close()


class AsyncKeyTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport):
        self.inner = inner
        track(self)

    def after_fork(self) -> None:
        forget_connections(self.inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(_with_secret(request))

    async def aclose(self) -> None:
        await self.inner.aclose()


AnyClient = Union[httpx.Client, httpx.AsyncClient]


def adopt(http: AnyClient) -> None:
    """Give every route of `http` the key: its transport and each mount
    (the proxies httpx set up from `proxy=`, `mounts=` or HTTP(S)_PROXY)."""
    wrap: Any = KeyTransport if isinstance(http, httpx.Client) else AsyncKeyTransport
    if not isinstance(http._transport, wrap):
        http._transport = wrap(http._transport)
    http._mounts = {
        pattern: None if route is None or isinstance(route, wrap) else wrap(route)
        for pattern, route in http._mounts.items()
    }


# Compressed bytes handed to the decoder at a time. Deflate inflates at most
# ~1000×: a piece never becomes more than ~8 MiB, where a whole 64 KiB read
# of a "zip bomb" would become 64 MiB before the size cap could look at it.
_PIECE = 8192


class _Pieces(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream):
        self.inner = inner

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            for start in range(0, len(chunk), _PIECE):
                yield chunk[start : start + _PIECE]

    def close(self) -> None:
        self.inner.close()


class _AsyncPieces(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream):
        self.inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            for start in range(0, len(chunk), _PIECE):
                yield chunk[start : start + _PIECE]

    async def aclose(self) -> None:
        await self.inner.aclose()


def _one_coding(response: httpx.Response) -> None:
    """Refuse stacked content codings (`gzip, gzip`): pieces bound only what
    the first decoder makes, and each later one inflates that again. The API
    never stacks them; a bomb does."""
    codings = [c.strip() for c in response.headers["content-encoding"].split(",")]
    if len([c for c in codings if c and c != "identity"]) > 1:
        raise BodyError(
            response, f"stacked content codings are not accepted ({', '.join(codings)})", False
        )


def _body_error(response: httpx.Response, error: BaseException) -> BaseException:
    if isinstance(error, httpx.DecodingError):
        return BodyError(response, f"the body could not be decoded: {error}", retry=True)
    return error


def read_body(response: httpx.Response, limit: int | None) -> None:
    """Read the (decoded) body into `response.content`, never holding more
    than `limit` bytes, and within the attempt's deadline between chunks
    (for transports that _deadline.py cannot reach)."""
    if hasattr(response, "_content"):  # a transport that answered with bytes in hand
        if limit is not None and len(response._content) > limit:
            raise _too_large(response, limit)
        return
    deadline = DEADLINE.get()
    encoded = "content-encoding" in response.headers
    if encoded and isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _Pieces(response.stream)
    chunks = []
    size = 0
    try:
        if encoded:
            _one_coding(response)
        for chunk in response.iter_bytes():
            size += len(chunk)
            if limit is not None and size > limit:
                raise _too_large(response, limit)
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("the call's timeout passed", request=response.request)
            chunks.append(chunk)
    except BaseException as exc:
        # (A stream read to its end closed itself: closing costs a call ~5 µs.)
        response.close()
        raise _body_error(response, exc) from None
    response._content = b"".join(chunks)


async def aread_body(response: httpx.Response, limit: int | None) -> None:
    """`read_body` for async clients (their deadline is an asyncio timeout)."""
    encoded = "content-encoding" in response.headers
    if encoded and isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _AsyncPieces(response.stream)
    chunks = []
    size = 0
    try:
        if encoded:
            _one_coding(response)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if limit is not None and size > limit:
                raise _too_large(response, limit)
            chunks.append(chunk)
    except BaseException as exc:
        await response.aclose()
        raise _body_error(response, exc) from None
    response._content = b"".join(chunks)


def decoded_stream(response: httpx.Response) -> Iterator[bytes]:
    """The body of an open answer, decompressed piece by piece (see _PIECE),
    for a caller that streams it instead of reading it whole."""
    if "content-encoding" in response.headers:
        _one_coding(response)
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _Pieces(response.stream)
    try:
        yield from response.iter_bytes()
    except httpx.DecodingError as exc:
        raise _body_error(response, exc) from None


async def adecoded_stream(response: httpx.Response) -> AsyncIterator[bytes]:
    """`decoded_stream` of an async answer."""
    if "content-encoding" in response.headers:
        _one_coding(response)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncPieces(response.stream)
    try:
        async for chunk in response.aiter_bytes():
            yield chunk
    except httpx.DecodingError as exc:
        raise _body_error(response, exc) from None
