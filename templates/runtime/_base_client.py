"""The request loop behind every method: build, send, retry, read.

The sync and async clients share everything except sending and sleeping."""

from __future__ import annotations

import copy
import datetime
import json
import logging
import math
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
from ._models import to_json, zero_of
from ._raw import RAW_RESPONSE
from ._redact import mask, redact, scrub
from ._resource import AsyncResource, SyncResource
from ._response import APIResponse, read
from ._retry import Backoff, retry_after, retry_failure, retry_response
from ._transport import (
    DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    SECRET_EXTENSION,
    BodyError,
    Secret,
    adopt,
    aread_body,
    read_body,
)
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
    _default_base_url = DEFAULT_BASE_URL  # the generated clients set the spec's server

    def __init__(
        self,
        app_key: str | None,
        base_url: str | None,
        timeout: float | None | Omit,
        max_retries: int | Omit,
        default_headers: Mapping[str, str] | None,
        max_requests_per_second: float | None = None,
        max_requests_per_minute: float | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | None | Omit = OMIT,
    ):
        self._app_key = app_key if app_key is not None else os.environ.get("FLASHDUTY_APP_KEY")
        url = base_url or os.environ.get("FLASHDUTY_BASE_URL") or self._default_base_url
        self.base_url = url.rstrip("/")
        self.timeout = _checked_timeout(DEFAULT_TIMEOUT if isinstance(timeout, Omit) else timeout)
        self.max_retries = _checked_retries(
            DEFAULT_MAX_RETRIES if isinstance(max_retries, Omit) else max_retries
        )
        self.default_headers = dict(default_headers or {})
        self.strict_response_validation = strict_response_validation
        self.max_response_size = _checked_size(
            DEFAULT_MAX_RESPONSE_SIZE if isinstance(max_response_size, Omit) else max_response_size
        )
        configure_logging()
        self.backoff = Backoff()
        self._refresh()
        self._pacer: Pacer | None = None
        # Operations with limits of their own (exports: 10/s and 20/min) get a pacer each
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
        # Per path, for calls keyed by the app key or by nothing: a bounded
        # set, unlike integration keys, which are never kept.
        self._url_cache: dict[tuple[str, bool], tuple[httpx.URL, Secret | None]] = {}

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
        strict_response_validation: bool | Omit = OMIT,
        max_response_size: int | None | Omit = OMIT,
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
            clone.timeout = _checked_timeout(timeout)
        if not isinstance(max_retries, Omit):
            clone.max_retries = _checked_retries(max_retries)
        if not isinstance(default_headers, Omit):
            clone.default_headers = dict(default_headers)
        if not isinstance(strict_response_validation, Omit):
            clone.strict_response_validation = strict_response_validation
        if not isinstance(max_response_size, Omit):
            clone.max_response_size = _checked_size(max_response_size)
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
            if name == endpoint.auth and endpoint.auth not in ("app_key", "none"):
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
                timeout=(
                    self._timeout
                    if isinstance(timeout, Omit)
                    else httpx.Timeout(_checked_timeout(timeout))
                ),
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
            return url, _keyed(url, secret)
        if secret is not None and secret[0] != "app_key":
            url = httpx.URL(self.base_url + path)
            return url, Secret(url.copy_add_param(*secret), secret[1])
        key = (path, secret is not None)
        cached = self._url_cache.get(key)
        if cached is None:
            url = httpx.URL(self.base_url + path)
            cached = self._url_cache[key] = (url, _keyed(url, secret))
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

    def _result(self, response: httpx.Response, endpoint: Endpoint[Any]) -> tuple[Any, str | None]:
        """(The call's result: its data, or under `with_raw_response` the
        APIResponse; the request ID, from the header or the body)."""
        data, request_id = read(response, endpoint, self.strict_response_validation)
        if endpoint.kind == "list" and data is None:
            data = []
        elif endpoint.kind in ("model", "page") and data is None:
            if self.strict_response_validation:
                raise APIResponseError(
                    "the response has no data",
                    status_code=response.status_code,
                    request_id=request_id,
                    body=response.content,
                )
            data = zero_of(endpoint.data_type)  # Go leaves an empty object out
        elif endpoint.kind == "none":
            data = None
        if endpoint.unwrap:
            data = getattr(data, endpoint.unwrap, None)
        if RAW_RESPONSE.get():
            data = APIResponse(response, endpoint, data, request_id)
        return data, request_id

    def _pace(self, endpoint: Endpoint[Any]) -> float:
        """Seconds to wait before sending, under every limit that applies."""
        assert self._pacer is not None
        wait = self._pacer.reserve()
        if endpoint.limits:
            pacer = self._endpoint_pacers.get(endpoint.path)
            if pacer is None and endpoint.path not in self._endpoint_pacers:
                from ._pacing import make_pacer

                # setdefault: threads racing here must end up sharing one pacer.
                pacer = self._endpoint_pacers.setdefault(
                    endpoint.path, make_pacer(*endpoint.limits)
                )
            if pacer is not None:
                wait = max(wait, pacer.reserve())
        return wait

    def _settle(
        self,
        endpoint: Endpoint[Any],
        request: httpx.Request,
        outcome: httpx.Response | Exception,
        attempt: int,
        retries: int,
        started: float = 0.0,
    ) -> tuple[bool, Any]:
        """What one attempt amounts to, shared by the sync and async loops:
        (True, the result), (False, seconds to wait before the next attempt),
        or the error raised when it is final."""
        response = outcome if isinstance(outcome, httpx.Response) else None
        error: FlashdutyError
        if not isinstance(outcome, httpx.Response):
            error = _failure(outcome, request, _secrets(request, self._app_key))
        elif 300 <= outcome.status_code < 400:
            error = _redirect(outcome)
        else:
            try:
                value, request_id = self._result(outcome, endpoint)
            except (APIError, APIResponseError) as exc:
                error = exc
            else:
                if log.isEnabledFor(logging.INFO):
                    secrets = _secrets(request, self._app_key)
                    _log_attempt(endpoint, outcome, attempt, started, request_id, secrets)
                return True, value
        secrets = _secrets(request, self._app_key)
        if log.isEnabledFor(logging.INFO):
            request_id = getattr(error, "request_id", None)
            _log_attempt(endpoint, outcome, attempt, started, request_id, secrets)
        scrub(error, *secrets)
        wait = self._decide(endpoint, attempt, retries, error, response)
        if wait is None:
            if isinstance(error, RateLimitError) and response is not None:
                error.retry_after = retry_after(response.headers)
            # Raised outside any `except`: the chain holds the httpx failure
            # (redacted) and nothing private.
            cause = None
            if isinstance(outcome, httpx.TransportError):
                cause = _cause(outcome, request, *secrets)
            raise _public(error) from cause
        return False, wait

    def _decide(
        self,
        endpoint: Endpoint[Any],
        attempt: int,
        retries: int,
        error: Exception,
        response: httpx.Response | None,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up."""
        if attempt > retries:
            return None
        if response is not None:
            code = error.code if isinstance(error, APIError) else None
            if not retry_response(response.status_code, code, endpoint.idempotent):
                return None
            asked = retry_after(response.headers)
            if asked is not None and asked > self.backoff.retry_after_cap:
                return None  # the caller learns `retry_after` and decides, not a blind wait
            wait = self.backoff.delay(attempt, asked)
        else:
            if isinstance(error, APIResponseError) and not isinstance(error, _Undecodable):
                return None
            sent = not isinstance(error, _NotSent)
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
            error,
        )
        return wait


def _checked_timeout(value: float | None) -> float | None:
    if value is not None and not (_is_number(value) and 0 < value < math.inf):
        raise ValueError(
            f"timeout must be a finite number of seconds above 0, or None; got {value!r}"
        )
    return value


def _checked_retries(value: int) -> int:
    if not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        raise ValueError(f"max_retries must be a whole number, 0 or more; got {value!r}")
    return value


def _checked_size(value: int | None) -> int | None:
    if value is not None and not (
        isinstance(value, int) and not isinstance(value, bool) and value > 0
    ):
        raise ValueError(
            f"max_response_size must be a whole number of bytes above 0, or None; got {value!r}"
        )
    return value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _keyed(url: httpx.URL, secret: tuple[str, str] | None) -> Secret | None:
    return Secret(url.copy_add_param(*secret), secret[1]) if secret else None


def _secrets(request: httpx.Request, app_key: str | None) -> tuple[str, ...]:
    """The keys a failure's texts must not show: the client's and the call's."""
    secret = request.extensions.get(SECRET_EXTENSION)
    keys = (app_key, secret.value if isinstance(secret, Secret) else None)
    return tuple(key for key in keys if key)


class _NotSent(APIConnectionError):
    """A connection failure before the request left: safe to retry any request."""


class _NotSentTimeout(APITimeoutError, _NotSent):
    pass


def _log_attempt(
    endpoint: Endpoint[Any],
    outcome: httpx.Response | Exception,
    attempt: int,
    started: float,
    request_id: str | None,
    secrets: tuple[str, ...],
) -> None:
    """One line per answer (or failure): method, path, status, request ID
    (the header's or the body's), attempt and duration. The path only: the
    query may hold a key."""
    if isinstance(outcome, httpx.Response):
        status = str(outcome.status_code)
    else:
        status = f"failed ({type(outcome).__name__})"
    log.info(
        "%s %s %s request_id=%s attempt=%d duration=%.1fms",
        endpoint.method,
        endpoint.path,
        status,
        redact(request_id, *secrets) if request_id else "-",  # an ID the server chose
        attempt,
        (time.monotonic() - started) * 1000,
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


class _Undecodable(APIResponseError):
    """A body that arrived damaged (bad gzip): a read may be tried again."""


def _failure(exc: Exception, request: httpx.Request, secrets: tuple[str, ...]) -> FlashdutyError:
    """Our exception for what an attempt raised instead of answering."""
    if isinstance(exc, FlashdutyError):
        return exc
    if isinstance(exc, httpx.TransportError):
        return _transport_error(exc, request, secrets)
    if isinstance(exc, BodyError):
        status = exc.response.status_code
        return (_Undecodable if exc.retry else APIResponseError)(
            f"HTTP {status}: {exc}",
            status_code=status,
            request_id=exc.response.headers.get("flashcat-request-id"),
        )
    # Not the API's answer and not the network: a closed client, an event loop
    # it cannot use, an httpx usage error. Final, never retried.
    raise FlashdutyError(
        f"the request could not be made ({type(exc).__name__}: {redact(exc, *secrets)}); "
        "a closed client cannot be used again, and an AsyncFlashduty only in the event "
        "loop it first ran in"
    ) from None


def _redirect(response: httpx.Response) -> APIResponseError:
    location = response.headers.get("location", "(none)")
    return APIResponseError(
        f"HTTP {response.status_code}: redirected to {location}; API calls never follow "
        "redirects (check base_url)",
        status_code=response.status_code,
        request_id=response.headers.get("flashcat-request-id"),
        body=response.content,
    )


def _transport_error(
    exc: httpx.TransportError, request: httpx.Request, secrets: tuple[str, ...]
) -> APIConnectionError:
    """Our exception for an httpx failure, with every secret removed from the message."""
    url = redact(request.url, *secrets)
    message = f"{type(exc).__name__}: {redact(exc, *secrets)} ({request.method} {url})"
    not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        cls: type[APIConnectionError] = _NotSentTimeout if not_sent else APITimeoutError
    else:
        cls = _NotSent if not_sent else APIConnectionError
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
    """An upload as httpx takes it: bytes, a path (read here), an open binary
    file, a string, or httpx's own (filename, content[, type]) tuple."""
    if isinstance(value, (bytes, bytearray)):
        return (name, bytes(value))
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        try:
            with open(path, "rb") as file:
                return (os.path.basename(path), file.read())
        except OSError as exc:
            raise ValueError(f"{name}: cannot read {path!r}: {exc.strerror}") from None
    if isinstance(value, (str, tuple)) or hasattr(value, "read"):
        return value  # a str is the content (a path must be a pathlib.Path)
    raise TypeError(f"{name}: expected bytes, a path or a binary file, got {type(value).__name__}")


def _public(error: Exception) -> Exception:
    """Hide the private not-sent markers from callers."""
    if isinstance(error, _NotSentTimeout):
        return APITimeoutError(str(error), method=error.method, url=error.url)
    if isinstance(error, _NotSent):
        return APIConnectionError(str(error), method=error.method, url=error.url)
    if isinstance(error, _Undecodable):
        return APIResponseError(
            str(error), status_code=error.status_code, request_id=error.request_id
        )
    return error


# What an attempt may raise besides the API's answer. RuntimeError: httpx's for
# a closed client, or an async client used from another event loop.
_ATTEMPT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, RuntimeError, BodyError)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **settings: Any):
        super().__init__(**settings)
        self._owns_http = http_client is None
        if http_client is None:
            # No transport= here: that would turn off httpx's HTTP(S)_PROXY support.
            http_client = httpx.Client(follow_redirects=False)
        adopt(http_client)
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
        budget = self.timeout if isinstance(timeout, Omit) else timeout
        attempt = 0
        while True:
            attempt += 1
            if self._pacer is not None:
                time.sleep(self._pace(endpoint))
            started = time.monotonic()
            outcome = self._attempt(request, budget)
            done, value = self._settle(endpoint, request, outcome, attempt, retries, started)
            if done:
                return value  # type: ignore[no-any-return]
            time.sleep(value)

    def _attempt(self, request: httpx.Request, budget: float | None) -> httpx.Response | Exception:
        """Send once and read the whole answer, within `budget` seconds."""
        token = DEADLINE.set(None if budget is None else time.monotonic() + budget)
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
            read_body(response, self.max_response_size)
            return response
        except _ATTEMPT_ERRORS as exc:
            return exc
        finally:
            DEADLINE.reset(token)

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
            http_client = httpx.AsyncClient(follow_redirects=False)
        adopt(http_client)
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
        budget = self.timeout if isinstance(timeout, Omit) else timeout
        attempt = 0
        while True:
            attempt += 1
            if self._pacer is not None:
                await _sleep(self._pace(endpoint))
            started = time.monotonic()
            outcome = await self._attempt(request, budget)
            done, value = self._settle(endpoint, request, outcome, attempt, retries, started)
            if done:
                return value  # type: ignore[no-any-return]
            await _sleep(value)

    async def _attempt(
        self, request: httpx.Request, budget: float | None
    ) -> httpx.Response | Exception:
        """Send once and read the whole answer, within `budget` seconds."""
        import asyncio

        try:
            if budget is None:
                return await self._exchange(request)
            if sys.version_info >= (3, 11):
                async with asyncio.timeout(budget):
                    return await self._exchange(request)
            return await asyncio.wait_for(self._exchange(request), budget)
        except asyncio.TimeoutError:
            return httpx.ReadTimeout("no complete answer within the timeout", request=request)
        except _ATTEMPT_ERRORS as exc:
            return exc

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        response = await self._http.send(request, stream=True, follow_redirects=False)
        await aread_body(response, self.max_response_size)
        return response

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
