"""The request loop behind every method: build, send, retry, read.

The sync and async clients share everything except sending and sleeping."""

from __future__ import annotations

import copy
import datetime
import json
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Any, Mapping, TypeVar, overload

from typing_extensions import Self, Unpack

import httpx

from ._endpoint import Endpoint
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APITimeoutError,
    FlashdutyError,
    RateLimitError,
)
from ._models import to_json
from ._raw import RAW_RESPONSE
from ._redact import mask, redact
from ._resource import AsyncResource, SyncResource
from ._response import REQUEST_ID_HEADER, APIResponse, read
from ._retry import Backoff, retry_after, retry_failure, retry_response
from ._transport import SECRET_EXTENSION, AsyncKeyTransport, KeyTransport, Secret
from ._types import OMIT, Omit, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from ._pacing import Pacer

log = logging.getLogger("flashduty")
T = TypeVar("T")

DEFAULT_BASE_URL = "https://api.flashcat.cloud"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2


class BaseClient:
    """Settings and request building shared by Flashduty and AsyncFlashduty."""

    _owns_http: bool

    def __init__(
        self,
        app_key: str | None,
        base_url: str | None,
        timeout: float | None | Omit,
        max_retries: int | Omit,
        default_headers: Mapping[str, str] | None,
        max_requests_per_second: float | None = None,
        max_requests_per_minute: float | None = None,
    ):
        self._app_key = app_key if app_key is not None else os.environ.get("FLASHDUTY_APP_KEY")
        url = base_url or os.environ.get("FLASHDUTY_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = url.rstrip("/")
        self.timeout: float | None = DEFAULT_TIMEOUT if isinstance(timeout, Omit) else timeout
        self.max_retries = _checked_retries(
            DEFAULT_MAX_RETRIES if isinstance(max_retries, Omit) else max_retries
        )
        self.default_headers = dict(default_headers or {})
        configure_logging()
        self.backoff = Backoff()
        self._refresh()
        self._pacer: Pacer | None = None
        # Operations with limits of their own (exports: 1/s) get a pacer each
        # once pacing is on; shared, like the account's, with `with_options` copies.
        self._endpoint_pacers: dict[str, Pacer | None] = {}
        self._generic_endpoints: dict[tuple[str, str, Any, bool], Endpoint[Any]] = {}
        if max_requests_per_second or max_requests_per_minute:
            from ._pacing import make_pacer  # most clients do not pace: keep it off the import path

            self._pacer = make_pacer(max_requests_per_second, max_requests_per_minute)

    def _refresh(self) -> None:
        """Recompute what every request shares, after a setting changed."""
        self._headers = {"User-Agent": f"flashduty-python/{__version__}", **self.default_headers}
        self._timeout = httpx.Timeout(self.timeout)
        self._url_cache: dict[
            tuple[str, tuple[str, str] | None], tuple[httpx.URL, Secret | None]
        ] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, app_key={mask(self._app_key)})"

    def with_options(
        self,
        *,
        app_key: str | Omit = OMIT,
        base_url: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        default_headers: Mapping[str, str] | Omit = OMIT,
    ) -> Self:
        """A copy with some settings changed. It shares the connection pool and
        the pacing of this client, and closing it leaves this one open."""
        clone = copy.copy(self)
        clone._owns_http = False
        if not isinstance(app_key, Omit):
            clone._app_key = app_key
        if not isinstance(base_url, Omit):
            clone.base_url = base_url.rstrip("/")
        if not isinstance(timeout, Omit):
            clone.timeout = timeout
        if not isinstance(max_retries, Omit):
            clone.max_retries = _checked_retries(max_retries)
        if not isinstance(default_headers, Omit):
            clone.default_headers = dict(default_headers)
        clone._refresh()
        # Resources built for this client must not leak into the copy.
        for name, value in list(clone.__dict__.items()):
            if isinstance(value, (SyncResource, AsyncResource)):
                del clone.__dict__[name]
        return clone

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint[Any],
        params: Mapping[str, Any],
        timeout: float | None | Omit,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        query: dict[str, Any] = {}
        body: dict[str, Any] = {}
        root: Any = OMIT
        files: dict[str, Any] = {}
        secret: tuple[str, str] | None = None
        times = endpoint.times
        for name, value in params.items():
            if value is OMIT:
                continue
            if times and name in times and type(value) is not int:
                value = unix_time(name, value, times[name])
            if name == "integration_key" and endpoint.auth == "integration_key":
                secret = (name, value)
            elif name == endpoint.root:
                model, shape = endpoint.model_for(name)
                root = to_json(name, value, model, shape)
            elif name in endpoint.files:
                files[name] = value
            elif name in endpoint.query:
                query[name] = _query_value(value)
            else:
                model, shape = endpoint.model_for(name)
                body[name] = to_json(name, value, model, shape)
        if extra_query:
            query.update({k: _query_value(v) for k, v in extra_query.items()})
        if extra_body:
            if root is not OMIT:
                raise TypeError(f"{endpoint.path}: extra_body does not fit a body that is a list")
            body.update({k: to_json(k, v) for k, v in extra_body.items()})
        if endpoint.auth == "app_key":
            if not self._app_key:
                raise FlashdutyError(
                    "no app key: pass Flashduty(app_key=...) or set FLASHDUTY_APP_KEY"
                )
            secret = ("app_key", self._app_key)
        headers = {**self._headers, **extra_headers} if extra_headers else self._headers
        kwargs: dict[str, Any] = {}
        if endpoint.multipart:
            # (None, value) makes httpx send a plain form field, and keeps the
            # body multipart even when no file is attached.
            fields = {k: (None, _form_value(v)) for k, v in body.items()}
            kwargs["files"] = {**fields, **{k: _file(k, v) for k, v in files.items()}}
        elif endpoint.method != "GET":
            kwargs["json"] = body if root is OMIT else root
        try:
            url, keyed = self._urls(endpoint.path, query, secret)
            return http.build_request(
                endpoint.method,
                url,
                headers=headers,
                timeout=self._timeout if isinstance(timeout, Omit) else httpx.Timeout(timeout),
                extensions={SECRET_EXTENSION: keyed} if keyed is not None else None,
                **kwargs,
            )
        except TypeError:
            # json.dumps names a type, not where it sits: find the argument.
            unfit(endpoint, query, kwargs.get("json"))
            raise

    def _urls(
        self, path: str, query: Mapping[str, Any], secret: tuple[str, str] | None
    ) -> tuple[httpx.URL, Secret | None]:
        """The URL a user may see, and the one sent (with the key). Both are
        parsed once per path and key: URL parsing is a good part of what a
        call costs."""
        if query:
            url = httpx.URL(self.base_url + path, params=query)
            return url, Secret(url.copy_add_param(*secret)) if secret else None
        key = (path, secret)
        cached = self._url_cache.get(key)
        if cached is None:
            url = httpx.URL(self.base_url + path)
            cached = self._url_cache[key] = (
                url,
                Secret(url.copy_add_param(*secret)) if secret else None,
            )
        return cached

    def _generic(self, method: str, path: str, cast_to: Any, idempotent: bool) -> Endpoint[Any]:
        """The endpoint of a `get`/`post` call; kept, so its envelope model is built once."""
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/': {path!r}")
        key = (method, path, cast_to, idempotent)
        endpoint = self._generic_endpoints.get(key)
        if endpoint is None:
            endpoint = Endpoint(
                method, path, kind="value" if cast_to is None else "model", idempotent=idempotent
            )
            endpoint._data_type = Any if cast_to is None else cast_to
            self._generic_endpoints[key] = endpoint
        return endpoint

    def _retries(self, max_retries: int | Omit) -> int:
        return self.max_retries if isinstance(max_retries, Omit) else _checked_retries(max_retries)

    def _result(self, response: httpx.Response, endpoint: Endpoint[Any]) -> Any:
        """The call's result: its data, or under `with_raw_response` the APIResponse."""
        data, request_id = read(response, endpoint)
        if endpoint.kind == "list" and data is None:
            data = []
        elif endpoint.kind in ("model", "page") and data is None:
            raise APIResponseError(
                "the response has no data",
                status_code=response.status_code,
                request_id=request_id,
                body=response.content,
            )
        elif endpoint.kind == "none":
            data = None
        if endpoint.unwrap:
            data = getattr(data, endpoint.unwrap, None)
        return APIResponse(response, endpoint, data, request_id) if RAW_RESPONSE.get() else data

    def _pace(self, endpoint: Endpoint[Any]) -> float:
        """Seconds to wait before sending, under every limit that applies."""
        assert self._pacer is not None
        wait = self._pacer.reserve()
        if endpoint.limits:
            pacer = self._endpoint_pacers.get(endpoint.path)
            if pacer is None and endpoint.path not in self._endpoint_pacers:
                from ._pacing import make_pacer

                pacer = self._endpoint_pacers[endpoint.path] = make_pacer(*endpoint.limits)
            if pacer is not None:
                wait = max(wait, pacer.reserve())
        return wait

    def _settle(
        self,
        endpoint: Endpoint[Any],
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        retries: int,
        started: float = 0.0,
    ) -> tuple[bool, Any]:
        """What one attempt amounts to, shared by the sync and async loops:
        (True, the result), (False, seconds to wait before the next attempt),
        or the error raised when it is final."""
        if log.isEnabledFor(logging.INFO):
            _log_attempt(endpoint, outcome, attempt, time.monotonic() - started)
        if not isinstance(outcome, httpx.Response):
            error = _transport_error(outcome, request, self._app_key)
            wait = self._decide(endpoint, attempt, retries, error, None, _sent(outcome))
            if wait is None:
                raise error from _cause(outcome, request, self._app_key)
            return False, wait
        try:
            return True, self._result(outcome, endpoint)
        except (APIError, APIResponseError) as exc:
            if isinstance(exc, RateLimitError):
                exc.retry_after = retry_after(outcome.headers)
            wait = self._decide(endpoint, attempt, retries, exc, outcome, True)
            if wait is None:
                raise exc from None
            return False, wait

    def _decide(
        self,
        endpoint: Endpoint[Any],
        attempt: int,
        retries: int,
        error: Exception,
        response: httpx.Response | None,
        sent: bool,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up."""
        if attempt > retries:
            return None
        if response is not None:
            code = error.code if isinstance(error, APIError) else None
            if not retry_response(response.status_code, code, endpoint.idempotent):
                return None
            wait = self.backoff.delay(attempt, retry_after(response.headers))
        else:
            if not retry_failure(sent, endpoint.idempotent):
                return None
            wait = self.backoff.delay(attempt)
        log.debug(
            "retrying %s %s (attempt %d of %d) in %.2fs after %s",
            endpoint.method,
            endpoint.path,
            attempt + 1,
            retries + 1,
            wait,
            redact(error, self._app_key),
        )
        return wait


def _checked_retries(value: int) -> int:
    if value < 0:
        raise ValueError("max_retries must be 0 or more")
    return value


def _log_attempt(
    endpoint: Endpoint[Any],
    outcome: httpx.Response | httpx.TransportError,
    attempt: int,
    seconds: float,
) -> None:
    """One line per answer (or failure): method, path, status, request ID,
    attempt and duration. The path only: the query may hold a key."""
    if isinstance(outcome, httpx.Response):
        status = str(outcome.status_code)
        request_id = outcome.headers.get(REQUEST_ID_HEADER, "-")
    else:
        status, request_id = f"failed ({type(outcome).__name__})", "-"
    log.info(
        "%s %s %s request_id=%s attempt=%d duration=%.1fms",
        endpoint.method,
        endpoint.path,
        status,
        request_id,
        attempt,
        seconds * 1000,
    )


def configure_logging() -> None:
    """FLASHDUTY_LOG=info|debug: log to stderr at that level, once per
    process, unless the program set up the `flashduty` logger itself."""
    global _LOGGING_CHECKED
    if _LOGGING_CHECKED:
        return
    _LOGGING_CHECKED = True
    level = os.environ.get("FLASHDUTY_LOG", "").strip().upper()
    if level not in ("INFO", "DEBUG") or log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


_LOGGING_CHECKED = False


def _sent(exc: httpx.TransportError) -> bool:
    """Whether the request may have reached the server: a failure to connect
    means it did not, which makes any request safe to retry."""
    return not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def _cause(
    exc: httpx.TransportError, request: httpx.Request, *secrets: str | None
) -> httpx.TransportError:
    """The httpx exception, to chain as the cause: of the same class, with
    its message redacted and the request as the caller sees it (the key is
    only added inside the transport)."""
    try:
        cause = type(exc)(redact(exc, *secrets), request=request)
    except TypeError:  # a subclass with another signature
        cause = httpx.TransportError(redact(exc, *secrets), request=request)
    return cause.with_traceback(exc.__traceback__)


def _transport_error(
    exc: httpx.TransportError, request: httpx.Request, *secrets: str | None
) -> APIConnectionError:
    """Our exception for an httpx failure, with every secret removed from the message."""
    url = redact(request.url, *secrets)
    message = f"{type(exc).__name__}: {redact(exc, *secrets)} ({request.method} {url})"
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(message, method=request.method, url=url)


def _merged(
    options: Mapping[str, Any], params: Mapping[str, Any] | None, body: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The options of a `get`/`post` call with its query and body folded into
    `extra_query` and `extra_body`."""
    out = dict(options)
    if params:
        out["extra_query"] = {**params, **(out.get("extra_query") or {})}
    if body:
        out["extra_body"] = {**body, **(out.get("extra_body") or {})}
    return out


def unexpected_argument(unexpected: Mapping[str, Any]) -> TypeError:
    """The TypeError Python would raise had the public method (a resource's,
    or `get`/`post`) spelt out its options, naming that method."""
    name = "request"
    frame = sys._getframe(1)
    for _ in range(8):
        frame = frame.f_back  # type: ignore[assignment]
        if frame is None:
            break
        owner = frame.f_locals.get("self")
        method = frame.f_code.co_name
        if isinstance(owner, (SyncResource, AsyncResource, BaseClient)) and method != "request":
            if not method.startswith("_"):
                name = f"{type(owner).__name__}.{method}"
    first = next(iter(unexpected))
    return TypeError(f"{name}() got an unexpected keyword argument {first!r}")


def unix_time(name: str, value: Any, per_second: int) -> Any:
    """A datetime as the Unix time (seconds or milliseconds) an argument takes."""
    if not isinstance(value, datetime.datetime):
        return value
    if value.tzinfo is None:
        raise ValueError(
            f"{name}: a naive datetime is ambiguous; give it a time zone "
            "(e.g. datetime.now(timezone.utc))"
        )
    return int(value.timestamp() * per_second)


def unfit(endpoint: Endpoint[Any], query: Mapping[str, Any], body: Any) -> None:
    """Raise a TypeError naming the first argument that cannot be sent as JSON."""
    fields = body.items() if isinstance(body, dict) else [("body", body)]
    for name, value in [*query.items(), *fields]:
        try:
            if name in query:
                httpx.URL("http://x/", params={name: value})
            else:
                json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise TypeError(
                f"{endpoint.method} {endpoint.path}: argument {name!r} cannot be sent: {exc}"
            ) from None


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _form_value(value: Any) -> Any:
    if isinstance(value, (str, bytes)):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, (dict, list)) else str(value)


def _file(name: str, value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return (name, bytes(value))
    return value


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **settings: Any):
        super().__init__(**settings)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(
                transport=KeyTransport(httpx.HTTPTransport()), follow_redirects=False
            )
        elif not isinstance(http_client._transport, KeyTransport):
            http_client._transport = KeyTransport(http_client._transport)
        self._http = http_client

    def request(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **unexpected: Any,
    ) -> T:
        if unexpected:
            raise unexpected_argument(unexpected)
        request = self._build(
            self._http, endpoint, params, timeout, extra_headers, extra_query, extra_body
        )
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            attempt += 1
            if self._pacer is not None:
                time.sleep(self._pace(endpoint))
            started = time.monotonic()
            try:
                outcome: httpx.Response | httpx.TransportError = self._http.send(request)
            except httpx.TransportError as exc:
                outcome = exc
            done, value = self._settle(endpoint, request, outcome, attempt, retries, started)
            if done:
                return value  # type: ignore[no-any-return]
            time.sleep(value)

    @overload
    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: type[T],
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        **options: Unpack[RequestOptions],
    ) -> Any: ...
    def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: Any = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """GET an operation this package does not know yet, with the client's
        key, pacing, retries and errors. Returns the answer's `data` as JSON,
        or validated as `cast_to` (a model class, `list[Model]`, ...)."""
        endpoint = self._generic("GET", path, cast_to, True)
        return self.request(endpoint, {}, **_merged(options, params, None))

    @overload
    def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[T],
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Any: ...
    def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: Any = None,
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """POST to an operation this package does not know yet, like `get`.
        A failed write is retried only if `idempotent=True` says that doing
        it twice is harmless."""
        endpoint = self._generic("POST", path, cast_to, idempotent)
        return self.request(endpoint, {}, **_merged(options, params, body))

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            self._http.close()


async def _sleep(seconds: float) -> None:
    import asyncio  # not at module level: sync-only programs need not load asyncio

    await asyncio.sleep(seconds)


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any):
        super().__init__(**settings)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(
                transport=AsyncKeyTransport(httpx.AsyncHTTPTransport()), follow_redirects=False
            )
        elif not isinstance(http_client._transport, AsyncKeyTransport):
            http_client._transport = AsyncKeyTransport(http_client._transport)
        self._http = http_client

    async def request(
        self,
        endpoint: Endpoint[T],
        params: Mapping[str, Any],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **unexpected: Any,
    ) -> T:
        if unexpected:
            raise unexpected_argument(unexpected)
        request = self._build(
            self._http, endpoint, params, timeout, extra_headers, extra_query, extra_body
        )
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            attempt += 1
            if self._pacer is not None:
                await _sleep(self._pace(endpoint))
            started = time.monotonic()
            try:
                outcome: httpx.Response | httpx.TransportError = await self._http.send(request)
            except httpx.TransportError as exc:
                outcome = exc
            done, value = self._settle(endpoint, request, outcome, attempt, retries, started)
            if done:
                return value  # type: ignore[no-any-return]
            await _sleep(value)

    @overload
    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: type[T],
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        **options: Unpack[RequestOptions],
    ) -> Any: ...
    async def get(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        cast_to: Any = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """The awaitable `Flashduty.get`, documented there."""
        endpoint = self._generic("GET", path, cast_to, True)
        return await self.request(endpoint, {}, **_merged(options, params, None))

    @overload
    async def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: type[T],
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Any: ...
    async def post(
        self,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        cast_to: Any = None,
        idempotent: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """The awaitable `Flashduty.post`, documented there."""
        endpoint = self._generic("POST", path, cast_to, idempotent)
        return await self.request(endpoint, {}, **_merged(options, params, body))

    async def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            await self._http.aclose()
