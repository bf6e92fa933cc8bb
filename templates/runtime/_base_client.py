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
from typing import TYPE_CHECKING, Any, Mapping, TypeVar, cast, overload

from typing_extensions import Self, Unpack

import httpx

from ._auth import (
    CLIENT,
    CLIENT_CREDENTIALS,
    NONE,
    Credential,
    client_credential,
    missing_credential,
    unsendable,
)
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
from ._logbody import describe_body, kept_headers, one_line
from ._redact import mask, redact, scrub
from ._resource import AsyncResource, SyncResource
from ._response import REQUEST_ID_HEADER, APIResponse, download, read
from ._retry import (
    DAMAGED,
    FINAL,
    LOST,
    NOT_SENT,
    POLICY,
    Backoff,
    RetryPolicy,
    retry_after,
)
from ._stream import STREAMING, is_stream_answer
from ._tls import default_verify
from ._sanitize import shown
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
    from ._pacing import Pacer, Slot
    from ._stream import AsyncStreamResponse, StreamResponse

log = logging.getLogger("flashduty")
T = TypeVar("T")
R = TypeVar("R")

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
        access_token: str | None = None,
    ):
        self._credential = client_credential(app_key, access_token)
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
        self.retry_policy: RetryPolicy = POLICY
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
        _check_headers("default_headers", self.default_headers)
        self._headers = {"User-Agent": f"flashduty-python/{__version__}", **self.default_headers}
        self._timeout = httpx.Timeout(self.timeout)
        # Per path, for calls keyed by the app key or by nothing: a bounded
        # set, unlike integration keys, which are never kept.
        self._url_cache: dict[tuple[str, bool], tuple[httpx.URL, Secret | None]] = {}

    def __repr__(self) -> str:
        held = "access_token" if self._holds("access_token") else "app_key"
        return f"{type(self).__name__}(base_url={self.base_url!r}, {held}={mask(self._secret)})"

    @property
    def _secret(self) -> str | None:
        """The client's own secret, to keep out of every text."""
        return self._credential.value if self._credential is not None else None

    @property
    def _app_key(self) -> str | None:
        """The APP key, when that is the credential this client holds."""
        return self._secret if self._holds("app_key") else None

    def _holds(self, arg: str) -> bool:
        """Whether the client's credential is the one Flashduty(`arg`=...) takes."""
        sent_as = CLIENT_CREDENTIALS.get(arg)
        cred = self._credential
        return cred is not None and sent_as is not None and (cred.kind, cred.name) == sent_as[:2]

    def with_options(
        self,
        *,
        app_key: str | Omit = OMIT,
        access_token: str | Omit = OMIT,
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
        if not (isinstance(app_key, Omit) and isinstance(access_token, Omit)):
            # Either replaces the credential: a copy never holds both.
            clone._credential = client_credential(
                None if isinstance(app_key, Omit) else app_key,
                None if isinstance(access_token, Omit) else access_token,
            )
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
        own: Credential | None = None
        path = endpoint.path
        if extra_headers:
            _check_headers("extra_headers", extra_headers)
            headers = {**self._headers, **extra_headers}
        else:
            headers = self._headers
        times = endpoint.times
        for name, value in params.items():
            if value is OMIT:
                continue
            if times and name in times and type(value) is not int:
                value = unix_time(name, value, times[name])
            if name == endpoint.auth:
                own = _own_credential(endpoint, name, value)
            elif name in endpoint.path_params:
                path = path.replace("{%s}" % name, _path_value(name, value))
            elif name in endpoint.headers:
                headers = {**headers, name: _header_value(name, value)}
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
        cred = own if own is not None else self._client_credential(endpoint)
        kwargs: dict[str, Any] = {}
        if endpoint.multipart:
            # (None, value) makes httpx send a plain form field, and keeps the
            # body multipart even when no file is attached.
            fields = {k: (None, _form_value(v)) for k, v in body.items()}
            kwargs["files"] = {**fields, **{k: _file(k, v) for k, v in files.items()}}
        elif endpoint.method != "GET":
            kwargs["json"] = body if root is OMIT else root
        try:
            url, keyed = self._urls(path, query, cred, own is None and not endpoint.path_params)
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
        except (TypeError, ValueError):
            # json.dumps names a type (or a NaN, a lone surrogate), not where
            # it sits: find the argument.
            unfit(endpoint, query, kwargs.get("json"))
            raise

    def _client_credential(self, endpoint: Endpoint[Any]) -> Credential | None:
        """The client's credential where the operation takes it."""
        if endpoint.auth == NONE:
            return None
        if endpoint.auth != CLIENT and endpoint.auth not in CLIENT_CREDENTIALS:
            # The operation's own secret was not given: never fall back to the client's.
            raise ValueError(f"{endpoint.auth} is required")
        if self._credential is None:
            raise missing_credential()
        if endpoint.auth != CLIENT and not self._holds(endpoint.auth):
            raise FlashdutyError(
                f"{endpoint.method} {endpoint.path} accepts only {endpoint.auth}, "
                "which this client does not hold"
            )
        return self._credential

    def _urls(
        self, path: str, query: Mapping[str, Any], cred: Credential | None, cacheable: bool
    ) -> tuple[httpx.URL, Secret | None]:
        """The URL a user may see, and what is sent (the key in the URL, or
        a token in a header). Both are parsed once per path and client
        credential: URL parsing is a good part of what a call costs. Paths
        with arguments and the caller's own secrets are never kept."""
        if query or not cacheable:
            url = httpx.URL(self.base_url + path, params=query or None)
            return url, _keyed(url, cred)
        key = (path, cred is not None)
        cached = self._url_cache.get(key)
        if cached is None:
            url = httpx.URL(self.base_url + path)
            cached = self._url_cache[key] = (url, _keyed(url, cred))
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

    def _result(
        self,
        response: httpx.Response,
        endpoint: Endpoint[Any],
        request: httpx.Request | None = None,
        streaming: bool = False,
        attempt: int = 1,
    ) -> tuple[Any, str | None]:
        """(The call's result: its data, or under `with_raw_response` the
        APIResponse, or a stream; the request ID, from the header or the body)."""
        if streaming and request is not None:
            return self._streamed(response, endpoint, request, attempt)
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

    def _streamed(
        self,
        response: httpx.Response,
        endpoint: Endpoint[Any],
        request: httpx.Request,
        attempt: int = 1,
    ) -> tuple[Any, str | None]:
        """The StreamResponse of an answer: left open when it is a file or a
        stream, else read (an error envelope raises here, before any stream)."""
        from ._stream import AsyncStreamResponse, StreamResponse

        if not 200 <= response.status_code < 300:
            # Not the file: an error, whatever its body (a proxy's text/plain 502).
            read(response, endpoint, self.strict_response_validation)
        secrets = _secrets(request, self._secret)

        def on_error(exc: BaseException) -> BaseException:
            error = _public(_failure(exc, request, secrets)) if isinstance(exc, Exception) else exc
            scrub(error, *secrets)
            if isinstance(exc, httpx.TransportError):
                error.__cause__ = _cause(exc, request, *secrets)
            if isinstance(error, APIError):  # an error line after records: as a call's error
                error.operation = f"{endpoint.method} {endpoint.path}"
                error.attempts = attempt
                error.headers = kept_headers(response.headers, secrets)
            return error

        make: Any = (
            AsyncStreamResponse.opened if isinstance(self, AsyncAPIClient) else StreamResponse
        )
        settings = {"max_size": self.max_response_size, "on_error": on_error}
        request_id = response.headers.get(REQUEST_ID_HEADER)
        if not hasattr(response, "_content"):  # left open by _attempt
            return _raw(make(endpoint, request_id, response=response, **settings), request_id)
        data = None
        if endpoint.kind in ("bytes", "stream") and endpoint.data is None:
            # The JSON envelope instead of the file: its `data` is the content.
            content, request_id = download(response, request_id)
        else:
            data, request_id = read(response, endpoint, self.strict_response_validation)
            content = b"" if endpoint.kind == "stream" else response.content
        stream = make(
            endpoint, request_id, response=response, content=content, data=data, **settings
        )
        return _raw(stream, request_id)

    def _pacers(self, endpoint: Endpoint[Any]) -> list[Pacer]:
        """The pacers a call waits for: the operation's own limit (exports:
        1/s) first, so that waiting for it holds no place in the account's."""
        assert self._pacer is not None
        pacers = [self._pacer]
        if endpoint.limits:
            pacer = self._endpoint_pacers.get(endpoint.path)
            if pacer is None and endpoint.path not in self._endpoint_pacers:
                from ._pacing import make_pacer

                # setdefault: threads racing here must end up sharing one pacer.
                pacer = self._endpoint_pacers.setdefault(
                    endpoint.path, make_pacer(*endpoint.limits)
                )
            if pacer is not None:
                pacers.insert(0, pacer)
        return pacers

    def _settle(
        self,
        endpoint: Endpoint[Any],
        request: httpx.Request,
        outcome: httpx.Response | Exception,
        attempt: int,
        retries: int,
        started: float = 0.0,
        streaming: bool = False,
    ) -> tuple[bool, Any]:
        """What one attempt amounts to, shared by the sync and async loops:
        (True, the result), (False, seconds to wait before the next attempt),
        or the error raised when it is final."""
        response = outcome if isinstance(outcome, httpx.Response) else None
        if response is not None and log.isEnabledFor(logging.DEBUG):
            _log_answer(endpoint, response, _secrets(request, self._secret))
        error: FlashdutyError
        if not isinstance(outcome, httpx.Response):
            error = _failure(outcome, request, _secrets(request, self._secret))
        elif 300 <= outcome.status_code < 400:
            error = _redirect(outcome)
        else:
            try:
                value, request_id = self._result(outcome, endpoint, request, streaming, attempt)
            except (APIError, APIResponseError) as exc:
                error = exc
            else:
                if log.isEnabledFor(logging.INFO):
                    secrets = _secrets(request, self._secret)
                    _log_attempt(endpoint, outcome, attempt, started, request_id, secrets)
                return True, value
        secrets = _secrets(request, self._secret)
        if log.isEnabledFor(logging.INFO):
            request_id = getattr(error, "request_id", None)
            _log_attempt(endpoint, outcome, attempt, started, request_id, secrets)
        scrub(error, *secrets)
        wait = self._decide(endpoint, attempt, retries, error, response)
        if wait is None:
            if isinstance(error, APIError):
                error.operation = f"{endpoint.method} {endpoint.path}"
                error.attempts = attempt
                if response is not None:
                    error.headers = kept_headers(response.headers, secrets)
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
        """Seconds to wait before the next attempt, or None to give up: what
        the attempt came to, as RetryPolicy sees it, and its decision."""
        asked = None
        if response is not None:
            code = error.code if isinstance(error, APIError) else None
            outcome = RetryPolicy.of_response(response.status_code, code)
            asked = retry_after(response.headers)
        elif isinstance(error, _Undecodable):
            outcome = DAMAGED
        elif isinstance(error, APIConnectionError):
            outcome = NOT_SENT if isinstance(error, _NotSent) else LOST
        else:
            outcome = FINAL  # not the API's answer, not the network: a closed client, ...
        wait = self.retry_policy.decide(
            outcome, endpoint.idempotent, attempt, retries, self.backoff, asked
        )
        if wait is None:
            return None
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


# What httpx uses when its client is given no timeout: 5 s for each step.
_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


def inherited_timeout(
    http: httpx.Client | httpx.AsyncClient | None, timeout: float | None | Omit
) -> float | None | Omit:
    """The user's own httpx client sets the timeout when they chose one
    (anything but httpx's default) and did not pass `timeout=` to Flashduty
    as well. Its longest step becomes the timeout of an attempt; a client
    without any (`timeout=None`) waits forever."""
    if http is None or not isinstance(timeout, Omit) or http.timeout == _HTTPX_DEFAULT_TIMEOUT:
        return timeout
    steps = [t for t in (http.timeout.connect, http.timeout.read, http.timeout.write) if t]
    steps += [http.timeout.pool] if http.timeout.pool else []
    return max(steps) if steps else None


def arrived(slots: list[Slot]) -> None:
    """The attempt is over: its request reached the server, if it ever will."""
    now = time.monotonic()
    for slot in slots:
        slot.answered(now)


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


def _keyed(url: httpx.URL, cred: Credential | None) -> Secret | None:
    return Secret(cred.sent_url(url), cred.value, cred.header()) if cred else None


def _own_credential(endpoint: Endpoint[Any], name: str, value: Any) -> Credential:
    """The secret an operation takes as an argument (an integration key, a
    trigger token), checked before anything is sent."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    problem = unsendable(name, value, secret=True) if endpoint.auth_kind != "query" else None
    if problem:
        raise ValueError(problem)
    return Credential(endpoint.auth_kind, endpoint.auth_name, value)


def _path_value(name: str, value: Any) -> str:
    """An argument as one segment of the path: escaped, so that no value
    reaches another route (`/`, `?`, `#`, `..` included)."""
    from urllib.parse import quote

    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name}: expected a string, got {type(value).__name__}")
    text = str(value)
    if text.strip() in ("", ".", ".."):
        raise ValueError(f"{name} must name something; got {text!r}")
    return quote(text, safe="")


def _check_headers(where: str, headers: Mapping[str, Any]) -> None:
    # These may carry the user's own secrets (a proxy's token): never quoted.
    for name, value in headers.items():
        problem = unsendable(f"{where}[{name!r}]", value, True) if isinstance(value, str) else None
        if problem:
            raise ValueError(problem)


def _header_value(name: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name}: expected a string or an integer, got {type(value).__name__}")
    text = str(value)
    if not text or any(c in text for c in "\r\n\0"):
        raise ValueError(f"{name}: a header value must be one non-empty line")
    problem = unsendable(name, text)
    if problem:
        raise ValueError(problem)
    return text


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
        shown(redact(request_id, *secrets), 100) if request_id else "-",  # the server chose it
        attempt,
        (time.monotonic() - started) * 1000,
    )


def _log_request(endpoint: Endpoint[Any], request: httpx.Request, secrets: tuple[str, ...]) -> None:
    """The request at debug level: method, path, query and body, credentials
    hidden (the key itself is added later, in the transport), bounded."""
    query = one_line(
        redact(request.url.query.decode("ascii", "replace"), *secrets), LOG_QUERY_LIMIT
    )
    if endpoint.multipart:
        body = f"(multipart, {request.headers.get('content-length', '?')} bytes)"
    else:
        body = describe_body(request.content, "application/json", secrets)
    log.debug(
        "request %s %s query=%s body=%s",
        endpoint.method,
        endpoint.path,
        query or "-",
        body,
    )


def _log_answer(
    endpoint: Endpoint[Any], response: httpx.Response, secrets: tuple[str, ...]
) -> None:
    """The answer's body at debug level, as describe_body shows it."""
    if not hasattr(response, "_content"):
        kind = response.headers.get("content-type", "unknown type")  # the server chose it
        body = f"(streamed, {shown(redact(kind, *secrets), 100)})"
    else:
        body = describe_body(response.content, response.headers.get("content-type", ""), secrets)
    log.debug("answer %s %s %d body=%s", endpoint.method, endpoint.path, response.status_code, body)


LOG_QUERY_LIMIT = 1000


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
    location = shown(response.headers.get("location", "(none)"))
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
    # (httpx's text may quote what the server sent: escaped and bounded)
    # (httpx's async timeouts have no text at all)
    text = shown(redact(exc, *secrets)) or (
        "timed out" if isinstance(exc, httpx.TimeoutException) else "no detail"
    )
    message = f"{type(exc).__name__}: {text} ({request.method} {url})"
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
                json.dumps(value, allow_nan=False, ensure_ascii=False).encode()
        except (TypeError, ValueError) as exc:
            kind = TypeError if isinstance(exc, TypeError) else ValueError  # NaN, lone surrogate
            raise kind(
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


def _raw(stream: Any, request_id: str | None) -> tuple[Any, str | None]:
    """A stream, or under `with_raw_response` the APIResponse whose `parse()`
    is the stream (it was handed back bare, without `parse()`)."""
    if RAW_RESPONSE.get():
        stream = APIResponse(stream._http(), stream.endpoint, stream, request_id)
    return stream, request_id


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
        settings["timeout"] = inherited_timeout(http_client, settings.get("timeout", OMIT))
        super().__init__(**settings)
        self._owns_http = http_client is None
        if http_client is None:
            # No transport= here: that would turn off httpx's HTTP(S)_PROXY support.
            http_client = httpx.Client(follow_redirects=False, verify=default_verify())
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
        streaming = endpoint.kind == "stream" or (STREAMING.get() and endpoint.kind != "page")
        if log.isEnabledFor(logging.DEBUG):
            _log_request(endpoint, request, _secrets(request, self._secret))
        attempt = 0
        while True:
            attempt += 1
            slots = self._turn(endpoint, request) if self._pacer is not None else None
            started = time.monotonic()
            try:
                outcome = self._attempt(request, budget, streaming)
            finally:  # also on KeyboardInterrupt: a slot left unstamped would stall the pace
                if slots:
                    arrived(slots)
            done, value = self._settle(
                endpoint, request, outcome, attempt, retries, started, streaming
            )
            if done:
                return value  # type: ignore[no-any-return]
            time.sleep(value)

    def stream(
        self, endpoint: Endpoint[R], params: Mapping[str, Any], **options: Any
    ) -> "StreamResponse[R]":
        """The open answer of a "stream" operation (records of type R)."""
        return cast("StreamResponse[R]", self.request(endpoint, params, **options))

    def _turn(self, endpoint: Endpoint[Any], request: httpx.Request) -> list[Slot]:
        """Wait until every limit lets this request go; its slots, stamped
        when it has arrived (httpcore tells, through the `trace` extension)."""
        from ._pacing import stamper

        slots: list[Slot] = []
        try:
            for pacer in self._pacers(endpoint):
                while True:
                    slot, wait = pacer.take()
                    if slot is not None:
                        break
                    time.sleep(wait)
                slots.append(slot)
        except BaseException:
            arrived(slots)  # interrupted while waiting: give back what was taken
            raise
        request.extensions["trace"] = stamper(slots)
        return slots

    def _attempt(
        self, request: httpx.Request, budget: float | None, streaming: bool = False
    ) -> httpx.Response | Exception:
        """Send once and read the whole answer, within `budget` seconds. A
        stream is left open once its headers came: `budget` then bounds each
        wait for the next chunk (httpx's read timeout), not the whole body."""
        token = DEADLINE.set(None if budget is None else time.monotonic() + budget)
        try:
            response = self._http.send(request, stream=True, follow_redirects=False)
            if streaming and is_stream_answer(response):
                return response
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
        settings["timeout"] = inherited_timeout(http_client, settings.get("timeout", OMIT))
        super().__init__(**settings)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(follow_redirects=False, verify=default_verify())
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
        streaming = endpoint.kind == "stream" or (STREAMING.get() and endpoint.kind != "page")
        if log.isEnabledFor(logging.DEBUG):
            _log_request(endpoint, request, _secrets(request, self._secret))
        attempt = 0
        while True:
            attempt += 1
            slots = await self._turn(endpoint, request) if self._pacer is not None else None
            started = time.monotonic()
            try:
                outcome = await self._attempt(request, budget, streaming)
            finally:  # also when cancelled: a slot left unstamped would stall the pace
                if slots:
                    arrived(slots)
            done, value = self._settle(
                endpoint, request, outcome, attempt, retries, started, streaming
            )
            if done:
                return value  # type: ignore[no-any-return]
            await _sleep(value)

    def stream(
        self, endpoint: Endpoint[R], params: Mapping[str, Any], **options: Any
    ) -> "AsyncStreamResponse[R]":
        """A "stream" operation's answer, sent by `async with` or `await`."""
        from ._stream import AsyncStreamResponse

        return AsyncStreamResponse(lambda: self.request(endpoint, params, **options))  # type: ignore[arg-type]

    async def _turn(self, endpoint: Endpoint[Any], request: httpx.Request) -> list[Slot]:
        """`SyncAPIClient._turn`, waiting without blocking the event loop."""
        from ._pacing import astamper

        slots: list[Slot] = []
        try:
            for pacer in self._pacers(endpoint):
                while True:
                    slot, wait = pacer.take()
                    if slot is not None:
                        break
                    await _sleep(wait)
                slots.append(slot)
        except BaseException:
            arrived(slots)  # cancelled while waiting: give back what was taken
            raise
        request.extensions["trace"] = astamper(slots)
        return slots

    async def _attempt(
        self, request: httpx.Request, budget: float | None, streaming: bool = False
    ) -> httpx.Response | Exception:
        """Send once and read the whole answer (a stream: its headers), within
        `budget` seconds."""
        import asyncio

        try:
            if budget is None:
                return await self._exchange(request, streaming)
            if sys.version_info >= (3, 11):
                async with asyncio.timeout(budget):
                    return await self._exchange(request, streaming)
            return await asyncio.wait_for(self._exchange(request, streaming), budget)
        except asyncio.TimeoutError:
            return httpx.ReadTimeout("no complete answer within the timeout", request=request)
        except _ATTEMPT_ERRORS as exc:
            return exc

    async def _exchange(self, request: httpx.Request, streaming: bool) -> httpx.Response:
        response = await self._http.send(request, stream=True, follow_redirects=False)
        if streaming and is_stream_answer(response):
            return response
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
