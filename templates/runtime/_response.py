"""Reading an answer: one parse of the body, in pydantic-core, envelope included."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from ._errors import APIError, APIResponseError, error_for

if TYPE_CHECKING:
    from ._endpoint import Endpoint

T = TypeVar("T")
REQUEST_ID_HEADER = "flashcat-request-id"


class _Error(BaseModel):
    model_config = ConfigDict(extra="allow", defer_build=True)
    code: str = ""
    message: str = ""


class Envelope(BaseModel, Generic[T]):
    """`{request_id, data}` or `{request_id, error}`."""

    model_config = ConfigDict(extra="allow", defer_build=True)
    request_id: str | None = None
    data: T | None = None
    error: _Error | None = None


class APIResponse(Generic[T]):
    """An answer as it came over the wire, plus its parsed `data`."""

    def __init__(
        self,
        response: httpx.Response,
        endpoint: "Endpoint[Any]",
        parsed: Any,
        request_id: str | None,
    ):
        self.http_response = response
        self.endpoint = endpoint
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id
        self._parsed = parsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The typed result the plain method would have returned."""
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<APIResponse {self.endpoint.method} {self.endpoint.path} {self.status_code} request_id={self.request_id!r}>"


def _envelope(endpoint: "Endpoint[Any]") -> type[Envelope[Any]]:
    """The operation's envelope model; its validator is built on first use."""
    if endpoint.envelope is None:
        endpoint.envelope = Envelope[endpoint.data_type]  # type: ignore[name-defined]
    model: type[Envelope[Any]] = endpoint.envelope
    return model


def read(response: httpx.Response, endpoint: "Endpoint[Any]") -> tuple[Any, str | None]:
    """(data, request_id) of a response, or raise the error it carries.

    Success bodies are validated straight from bytes into the operation's
    envelope type. Only when that fails is the body looked at again, to tell
    an API error (possibly under HTTP 200) from a body that is not the
    envelope at all."""
    header_id = response.headers.get(REQUEST_ID_HEADER)
    status = response.status_code
    content = response.content
    if endpoint.kind == "bytes" and 200 <= status < 300 and not _is_json(response):
        return content, header_id
    if 200 <= status < 300 and endpoint.kind != "bytes":
        try:
            envelope = _envelope(endpoint).model_validate_json(content)
        except ValidationError as exc:
            _failure(response, header_id, exc)
        request_id = envelope.request_id or header_id
        if envelope.error is not None:
            raise _api_error(envelope.error, request_id, status)
        return envelope.data, request_id
    _failure(response, header_id, None)


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _api_error(error: Any, request_id: str | None, status: int) -> APIError:
    return error_for(
        str(error.code or "Unknown"),
        str(error.message or ""),
        request_id=request_id,
        status_code=status,
    )


def _failure(
    response: httpx.Response, header_id: str | None, cause: ValidationError | None
) -> NoReturn:
    status = response.status_code
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):  # RecursionError: a hostile body nests ~1000 deep
        body = None
    if isinstance(body, dict):
        request_id = (
            body.get("request_id") if isinstance(body.get("request_id"), str) else header_id
        )
        error = body.get("error")
        if isinstance(error, dict) and error.get("code"):
            raise _api_error(_Error.model_validate(error), request_id, status)
        if cause is not None:
            raise APIResponseError(
                f"the response does not match the operation's schema: {_summary(cause)}",
                status_code=status,
                request_id=request_id,
                body=response.content,
            )
        raise APIResponseError(
            f"HTTP {status} without an error object in the body",
            status_code=status,
            request_id=request_id,
            body=response.content,
        )
    kind = response.headers.get("content-type", "unknown type") or "unknown type"
    raise APIResponseError(
        f"HTTP {status}: the body is not a JSON envelope ({kind}, {len(response.content)} bytes)",
        status_code=status,
        request_id=header_id,
        body=response.content,
    )


def _summary(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where or 'body'}: {first.get('msg')}"
