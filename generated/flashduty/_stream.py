"""Answers read as they arrive: files, exports and NDJSON streams.

A stream holds the open HTTP answer; nothing is read until it is iterated,
and no more than one chunk (or one line) is held at a time. The client's
`timeout` is the longest wait for the next chunk, never a deadline for the
whole answer: a large export that keeps flowing is not cut off, one that
stalls fails with `APITimeoutError`."""

from __future__ import annotations

import contextvars
import functools
import json
import os
import tempfile
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Generator,
    Generic,
    Iterator,
    ParamSpec,
    TypeVar,
    cast,
    overload,
)

import httpx

from ._errors import APIError, APIResponseError, error_for
from ._transport import BodyError, adecoded_stream, decoded_stream

if TYPE_CHECKING:
    from ._endpoint import Endpoint
    from ._response import APIResponse

R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")

# Set by `with_streaming_response` around a call: answer it as a stream.
STREAMING: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "flashduty_streaming", default=False
)
# A line longer than this fails instead of growing without bound (when the
# client has no max_response_size).
DEFAULT_MAX_LINE = 100 * 1024 * 1024
# What `write_to` and `iter_bytes` hand over at a time, at most.
CHUNK = 64 * 1024
# How much of its end `write_to` keeps, to find an NDJSON stream's error line.
END = 64 * 1024

ErrorMapper = Callable[[BaseException], BaseException]


def is_stream_answer(response: httpx.Response) -> bool:
    """Whether a 2xx answer is left open for streaming: anything but the JSON
    envelope (which is read whole, to raise the error it may carry)."""
    if not 200 <= response.status_code < 300:
        return False
    kind = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
    return kind != "application/json"


class _Base(Generic[R]):
    def __init__(
        self,
        endpoint: "Endpoint[Any]",
        request_id: str | None,
        max_size: int | None,
        on_error: ErrorMapper,
        response: httpx.Response | None = None,
        content: bytes | None = None,
        data: Any = None,
    ):
        self.endpoint = endpoint
        self.request_id = request_id
        # The envelope's `data` when the server answered the JSON envelope
        # (e.g. `url_mode`), else None.
        self.data = data
        self._max_size = max_size
        self._on_error = on_error
        self._content = content
        self._response = response
        self._used = False
        self._record_reader: Callable[[Any], Any] | None = None

    @property
    def status_code(self) -> int:
        return self._http().status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._http().headers

    def _http(self) -> httpx.Response:
        if self._response is None:
            raise RuntimeError("the stream is not open yet: use `async with` or await it")
        return self._response

    def _claim(self) -> None:
        if self._used:
            raise RuntimeError("a stream can be read once; open a new one to read it again")
        self._used = True

    def _too_large(self) -> APIResponseError:
        return APIResponseError(
            f"the answer is larger than max_response_size ({self._max_size:,} bytes); "
            "iterate it or use write_to() instead of read()",
            status_code=self.status_code,
            request_id=self.request_id,
        )

    def _record(self, line: str, number: int) -> R:
        if self._record_reader is None:
            self._record_reader = _record_reader(self.endpoint)
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            raise APIResponseError(
                f"line {number} of the stream is not JSON ({len(line)} characters)",
                status_code=self.status_code,
                request_id=self.request_id,
            ) from None
        try:
            _raise_error_line(value, self.status_code, self.request_id)
        except APIError as exc:
            # The server's text may quote the credential: redacted as any error is.
            error = self._on_error(exc)
            raise error from None
        return self._record_reader(value)  # type: ignore[no-any-return]

    def _check_end(self, end: bytes) -> None:
        """An NDJSON stream that failed after it started ends with an error
        line: `write_to` raises it rather than keep a failed export as the
        file. (`end` is the body's last END bytes: a longer line is no error line.)"""
        if self.endpoint.kind != "stream":
            return
        line = _text(end.rstrip(b"\r\n").rsplit(b"\n", 1)[-1])
        if '"error"' not in line:
            return
        try:
            value = json.loads(line)
        except (ValueError, RecursionError):
            return
        try:
            _raise_error_line(value, self.status_code, self.request_id)
        except APIError as exc:
            error = self._on_error(exc)
            raise error from None

    def __repr__(self) -> str:
        status = self._response.status_code if self._response is not None else "unopened"
        return (
            f"<{type(self).__name__} {self.endpoint.method} {self.endpoint.path} {status} "
            f"request_id={self.request_id!r}>"
        )


class StreamResponse(_Base[R]):
    """An open answer. Read it once, as chunks (`iter_bytes`), lines
    (`iter_lines`), parsed NDJSON records (`iter_records`), into a file
    (`write_to`) or whole (`read`, within max_response_size). Use it in a
    `with` block, or read it to the end: either releases the connection."""

    def iter_bytes(self) -> Iterator[bytes]:
        """The body's bytes (decompressed), as they arrive."""
        self._claim()
        if self._content is not None:
            for start in range(0, len(self._content), CHUNK):
                yield self._content[start : start + CHUNK]
            return
        response = self._http()
        try:
            for chunk in decoded_stream(response):
                yield chunk
        except (httpx.HTTPError, BodyError) as exc:
            error = self._on_error(exc)
            # The mapper chains the (redacted) httpx failure, as calls do; nothing else.
            raise error from error.__cause__
        finally:
            response.close()

    def iter_lines(self) -> Iterator[str]:
        """The body's lines, decoded as UTF-8 (a bad byte becomes U+FFFD),
        without their line ends. A line longer than max_response_size fails."""
        limit = self._max_size or DEFAULT_MAX_LINE
        yield from _lines(self.iter_bytes(), limit, self._line_too_long)

    def iter_records(self) -> Iterator[R]:
        """Each non-blank line parsed as JSON (and as the operation's record
        type, read leniently). A trailing error line (`{"error": {...}}`, what
        the server sends when a stream fails after it started) raises the API
        error it carries."""
        for number, line in enumerate(self.iter_lines(), 1):
            if line.strip():
                yield self._record(line, number)

    def read(self) -> bytes:
        """The whole body, held in memory: at most max_response_size bytes."""
        pieces, size = [], 0
        for chunk in self.iter_bytes():
            size += len(chunk)
            if self._max_size is not None and size > self._max_size:
                self.close()
                raise self._too_large()
            pieces.append(chunk)
        return b"".join(pieces)

    def write_to(self, path: "str | os.PathLike[str]") -> int:
        """Write the body to `path` and return its size. The file appears
        whole or not at all: the body goes to a temporary file beside it,
        renamed over `path` once complete (a failure removes it)."""
        with _Atomic(path) as file:
            end = bytearray()  # the body's last bytes: where a failed stream's error line is
            for chunk in self.iter_bytes():
                file.write(chunk)
                end += chunk
                if len(end) > 2 * END:
                    del end[:-END]
            self._check_end(bytes(end))
            return file.tell()

    def close(self) -> None:
        if self._response is not None:
            self._response.close()

    def __enter__(self) -> "StreamResponse[R]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _line_too_long(self) -> APIResponseError:
        self.close()
        return APIResponseError(
            f"a line of the stream is longer than {self._max_size or DEFAULT_MAX_LINE:,} bytes",
            status_code=self.status_code,
            request_id=self.request_id,
        )


class AsyncStreamResponse(_Base[R]):
    """`StreamResponse` for AsyncFlashduty. The request is sent by
    `async with` (or `await`); then read it with `async for`."""

    def __init__(self, opener: Callable[[], Awaitable["AsyncStreamResponse[R]"]]):
        self._opener: Callable[[], Awaitable[AsyncStreamResponse[R]]] | None = opener
        self._response = None
        self.request_id = None
        self.data = None

    def __repr__(self) -> str:
        if self._opener is not None:
            return f"<{type(self).__name__} (not sent yet: use `async with` or await it)>"
        return super().__repr__()

    @classmethod
    def opened(cls, *args: Any, **kwargs: Any) -> "AsyncStreamResponse[R]":
        stream: AsyncStreamResponse[R] = cls.__new__(cls)
        _Base.__init__(stream, *args, **kwargs)
        stream._opener = None
        return stream

    async def _open(self) -> "AsyncStreamResponse[R]":
        if self._opener is None:
            return self
        opener, self._opener = self._opener, None
        opened = await opener()
        self.__dict__.update(opened.__dict__)
        return self

    def __await__(self) -> Generator[Any, None, "AsyncStreamResponse[R]"]:
        return self._open().__await__()

    async def _first_raw(self) -> "APIResponse[AsyncStreamResponse[R]]":
        """The answer as an APIResponse, its body left for `parse()`'s stream
        (for `with_raw_response`: applied before the stream is opened, as the
        sync client's is)."""
        from ._raw import RAW_RESPONSE

        if self._opener is None:
            raise RuntimeError("with_raw_response takes the method, not a stream already opened")
        opener, self._opener = self._opener, None
        token = RAW_RESPONSE.set(True)
        try:
            return cast("APIResponse[AsyncStreamResponse[R]]", await opener())
        finally:
            RAW_RESPONSE.reset(token)

    async def __aenter__(self) -> "AsyncStreamResponse[R]":
        return await self._open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        await self._open()
        self._claim()
        if self._content is not None:
            for start in range(0, len(self._content), CHUNK):
                yield self._content[start : start + CHUNK]
            return
        response = self._http()
        try:
            async for chunk in adecoded_stream(response):
                yield chunk
        except (httpx.HTTPError, BodyError) as exc:
            error = self._on_error(exc)
            raise error from error.__cause__
        finally:
            await response.aclose()

    async def iter_lines(self) -> AsyncIterator[str]:
        await self._open()  # as iter_bytes does: the limit is the opened stream's
        limit = self._max_size or DEFAULT_MAX_LINE
        buffer = _LineBuffer(limit)
        async for chunk in self.iter_bytes():
            for line in buffer.feed(chunk):
                yield line
            if buffer.overflow:
                await self.close()
                raise self._line_too_long()
        for line in buffer.end():
            yield line

    async def iter_records(self) -> AsyncIterator[R]:
        number = 0
        async for line in self.iter_lines():
            number += 1
            if line.strip():
                yield self._record(line, number)

    async def read(self) -> bytes:
        pieces, size = [], 0
        async for chunk in self.iter_bytes():
            size += len(chunk)
            if self._max_size is not None and size > self._max_size:
                await self.close()
                raise self._too_large()
            pieces.append(chunk)
        return b"".join(pieces)

    async def write_to(self, path: "str | os.PathLike[str]") -> int:
        """As `StreamResponse.write_to`. (The file is written with blocking
        calls, a chunk of at most 64 KiB at a time.)"""
        with _Atomic(path) as file:
            end = bytearray()  # the body's last bytes: where a failed stream's error line is
            async for chunk in self.iter_bytes():
                file.write(chunk)
                end += chunk
                if len(end) > 2 * END:
                    del end[:-END]
            self._check_end(bytes(end))
            return file.tell()

    async def close(self) -> None:
        if self._response is not None:
            await self._response.aclose()

    def _line_too_long(self) -> APIResponseError:
        return APIResponseError(
            f"a line of the stream is longer than {self._max_size or DEFAULT_MAX_LINE:,} bytes",
            status_code=self.status_code,
            request_id=self.request_id,
        )


class _LineBuffer:
    """Bytes in, complete lines out; holds at most one line of `limit` bytes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.pending = bytearray()
        self.overflow = False

    def feed(self, chunk: bytes) -> list[str]:
        if b"\n" not in chunk:
            self.pending += chunk
            self.overflow = len(self.pending) > self.limit
            return []
        *lines, rest = (bytes(self.pending) + chunk).split(b"\n")
        self.pending = bytearray(rest)
        self.overflow = len(rest) > self.limit or any(len(line) > self.limit for line in lines)
        return [_text(line) for line in lines]

    def end(self) -> list[str]:
        return [_text(bytes(self.pending))] if self.pending else []


def _lines(chunks: Iterator[bytes], limit: int, too_long: Callable[[], Exception]) -> Iterator[str]:
    buffer = _LineBuffer(limit)
    for chunk in chunks:
        yield from buffer.feed(chunk)
        if buffer.overflow:
            raise too_long()
    yield from buffer.end()


def _text(line: bytes) -> str:
    return line.rstrip(b"\r").decode("utf-8", "replace")


def _raise_error_line(value: Any, status: int, request_id: str | None) -> None:
    """An envelope with an error object, in place of a record: the server's
    way of saying the stream failed after its headers went out."""
    if not (isinstance(value, dict) and isinstance(value.get("error"), dict) and value["error"]):
        return
    if not set(value) <= {"error", "request_id"}:
        return
    error = value["error"]
    given = value.get("request_id")
    raise error_for(
        str(error.get("code") or "Unknown"),
        str(error.get("message") or ""),
        request_id=given if isinstance(given, str) and given else request_id,
        status_code=status,
    )


_READERS: dict[Any, Callable[[Any], Any]] = {}


def _record_reader(endpoint: "Endpoint[Any]") -> Callable[[Any], Any]:
    """How a parsed line becomes the operation's record type: as the
    envelope's data is read (lenient, see _reading), or as it is."""
    record = endpoint.record_type
    if record is Any:
        return lambda value: value
    reader = _READERS.get(record)
    if reader is None:
        from ._reading import read_leniently
        from ._response import Envelope

        envelope: Any = Envelope[record]  # type: ignore[valid-type]
        label = f"{endpoint.method} {endpoint.path} (a record)"

        def reader(value: Any) -> Any:
            return read_leniently(envelope, {"data": value}, label, False).data

        _READERS[record] = reader
    return reader


class _Atomic:
    """A temporary file beside `path`, renamed to it on success."""

    def __init__(self, path: "str | os.PathLike[str]"):
        self.path = os.fspath(path)

    def __enter__(self) -> IO[bytes]:
        folder = os.path.dirname(os.path.abspath(self.path))
        name = os.path.basename(self.path)
        self.file: IO[bytes] = tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{name}.", suffix=".part", delete=False
        )
        return self.file

    def __exit__(self, kind: object, *exc: object) -> None:
        self.file.close()
        if kind is None:
            os.replace(self.file.name, self.path)
        else:
            os.unlink(self.file.name)


@overload
def with_streaming_response(  # type: ignore[overload-overlap]
    method: Callable[P, Coroutine[Any, Any, T]],
) -> Callable[P, AsyncStreamResponse[Any]]: ...
@overload
def with_streaming_response(  # type: ignore[overload-overlap]
    method: Callable[P, AsyncStreamResponse[R]],
) -> Callable[P, AsyncStreamResponse[R]]: ...
@overload
def with_streaming_response(method: Callable[P, T]) -> Callable[P, StreamResponse[Any]]: ...
def with_streaming_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a client method so that its answer comes as a stream instead of
    being read whole: `with flashduty.with_streaming_response(
    client.analytics.incidents.export)(...) as stream: stream.write_to(path)`.
    On an AsyncFlashduty method: `async with ...(...) as stream`."""
    import inspect

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        def call_async(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamResponse[Any]:
            async def opener() -> AsyncStreamResponse[Any]:
                token = STREAMING.set(True)
                try:
                    result = await method(*args, **kwargs)
                finally:
                    STREAMING.reset(token)
                return result  # type: ignore[no-any-return]

            return AsyncStreamResponse(opener)

        return call_async

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> Any:
        token = STREAMING.set(True)
        try:
            result = method(*args, **kwargs)
        finally:
            STREAMING.reset(token)
        if isinstance(result, AsyncStreamResponse):  # an async stream method: sends on `async with`
            return result
        if not isinstance(result, StreamResponse):
            raise TypeError(
                f"{getattr(method, '__qualname__', method)} cannot answer as a stream "
                "(a list method walks pages: iterate it instead)"
            )
        return result

    return call
