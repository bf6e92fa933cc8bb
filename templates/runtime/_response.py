"""Reading an answer: one parse of the body, in pydantic-core, envelope included."""

from __future__ import annotations

import gc
import json
import sys
from typing import TYPE_CHECKING, Annotated, Any, Generic, NoReturn, TypeVar, get_origin

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import from_json

from ._errors import APIError, APIResponseError, error_for
from ._models import NULL_AS_EMPTY
from ._sanitize import shown

# _reading (the fallback reading, and the strict checks) is imported where it
# is used: it loads pydantic's RootModel, whose class creation alone costs
# about as much as the rest of this package's import, and an answer that
# matches the spec never needs it.

if TYPE_CHECKING:
    from ._endpoint import Endpoint
    from ._reading import Mismatch

T = TypeVar("T")
REQUEST_ID_HEADER = "flashcat-request-id"
_ENVELOPE_KEYS = frozenset({"request_id", "data", "error"})


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
        data_type = endpoint.data_type
        if get_origin(data_type) is list:  # a list answer: null reads as [], bad objects fail fast
            data_type = Annotated[data_type, NULL_AS_EMPTY]
        endpoint.envelope = Envelope[data_type]  # type: ignore[valid-type]
    model: type[Envelope[Any]] = endpoint.envelope
    return model


def read(
    response: httpx.Response, endpoint: "Endpoint[Any]", strict: bool = False
) -> tuple[Any, str | None]:
    """(data, request_id) of a response, or raise the error it carries.

    Success bodies are validated straight from bytes into the operation's
    envelope type. Only when that fails is the body looked at again: to tell
    an API error (possibly under HTTP 200) from a body that is not the
    envelope at all, and to read data that differs from the spec (see
    _reading: lenient by default; `strict` raises)."""
    header_id = response.headers.get(REQUEST_ID_HEADER)
    ok = 200 <= response.status_code < 300
    if ok and endpoint.kind == "bytes":
        return download(response, header_id)
    if not ok:
        if endpoint.bare:
            _bare_failure(response, header_id)
        _failure(response, header_id)
    if endpoint.bare:
        return _bare(response, endpoint, strict), header_id
    envelope: Envelope[Any] | None
    content = response.content
    decoded = _decoded(content) if _dense(content) else None
    try:
        # The validator itself: model_validate_json adds a Python call per answer.
        validator = _envelope(endpoint).__pydantic_validator__
        if decoded is None:
            envelope = validator.validate_json(content)
        else:
            envelope = validator.validate_python(decoded)
    except ValidationError:
        envelope = None  # read again below, once the error (and the input it holds) is gone
    if envelope is None:
        envelope = _reread(response, endpoint, header_id, strict, decoded)
    if envelope.data is None and envelope.error is None and envelope.request_id is None:
        if _ENVELOPE_KEYS.isdisjoint(envelope.model_fields_set):  # JSON, but not the envelope
            _failure(response, header_id)
    given = envelope.request_id  # may be kept as sent, of another type
    request_id = given if isinstance(given, str) and given else header_id
    error = envelope.error
    if error is not None and not isinstance(error, _Error):  # kept as sent by the lenient reading
        _carried(response, {"error": error}, request_id)
    elif error is not None and (error.code or error.message or error.model_extra):
        # (`"error": {}` says nothing went wrong; `{"Code": ...}` says something did)
        raise _api_error(error.code, error.message, request_id, response)
    if envelope.model_extra and isinstance(envelope.data, BaseModel):
        _fold_siblings(envelope.data, envelope.model_extra)
    if strict and envelope.data is not None:
        from ._reading import Mismatch, missing_required, show

        missing = next(missing_required(envelope.data, ("data",)), None)
        if missing is not None:
            raise _mismatch(
                response, request_id, Mismatch(show(missing), "a required field is missing")
            )
    return envelope.data, request_id


def _fold_siblings(data: BaseModel, siblings: dict[str, Any]) -> None:
    """Fields sent beside `data` that the data's own model has and did not
    get: an older form of an answer put them there (the cursor of RUM replay
    segments, `search_after_ctx`). A value of another type is left out."""
    from ._reading import _adapter, _wire_fields  # deferred: see the imports

    fields = _wire_fields(type(data))
    for key, value in siblings.items():
        found = fields.get(key)
        if found is None or value is None or found[0] in data.model_fields_set:
            continue
        try:
            value = _adapter(found[1]).validate_python(value)
        except ValidationError:
            continue
        data.__dict__[found[0]] = value
        data.model_fields_set.add(found[0])


def download(response: httpx.Response, header_id: str | None) -> tuple[bytes, str | None]:
    """A file's bytes. Some servers answer a download with the JSON envelope
    instead: its `data` is then the file's text, and an empty `data` (`{}`,
    `null`, `""`) an empty file."""
    content = response.content
    body = _decode(response) if content.lstrip()[:1] == b"{" else None
    if body is None:
        return content, header_id
    request_id = _carried(response, body, header_id)
    data = body.get("data")
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass"), request_id  # JSON may hold lone surrogates
    if not data:
        return b"", request_id
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"), request_id


def _bare(response: httpx.Response, endpoint: "Endpoint[Any]", strict: bool) -> Any:
    """The data of an answer that is not in the envelope (a proxied API's
    own format): the whole body, read by the same rule as envelope data."""
    content = response.content
    if content.lstrip()[:1] == b"{" and b'"error"' in content:
        # The API's own error envelope, which its gateway sends in HTTP 200
        # on every path: an error, not data with an odd `error` field.
        body = _decode(response)
        if body is not None and isinstance(body.get("error"), dict):
            _carried(response, body, response.headers.get(REQUEST_ID_HEADER))
    try:
        # Wrapped, so that the envelope's one fast parse (and its lenient
        # fallback) read it: a bare answer is data without the envelope.
        wrapped = b'{"data":' + content + b"}"
        return _envelope(endpoint).__pydantic_validator__.validate_json(wrapped).data
    except ValidationError:
        pass
    from ._reading import Mismatch, read_leniently

    try:
        body = json.loads(content)
    except ValueError:
        kind = shown(response.headers.get("content-type", "") or "unknown type", 100)
        raise APIResponseError(
            f"HTTP {response.status_code}: the body is not a JSON document ({kind}, {len(content)} bytes)",
            status_code=response.status_code,
            request_id=None,
            body=content,
        ) from None
    where = f"{endpoint.method} {endpoint.path}"
    try:
        return read_leniently(_envelope(endpoint), {"data": body}, where, strict).data
    except Mismatch as exc:
        raise _mismatch(response, None, exc) from None


def _bare_failure(response: httpx.Response, header_id: str | None) -> NoReturn:
    """An error in a proxied API's own format (Prometheus: `{"status":
    "error", "errorType": ..., "error": "<text>"}`): its text in the
    message, bounded; else whatever the envelope's rule makes of it."""
    body = _decode(response)
    if body is not None and isinstance(body.get("error"), str) and body["error"]:
        kind = body.get("errorType")
        text = f"{kind}: {body['error']}" if isinstance(kind, str) and kind else body["error"]
        raise APIResponseError(
            f"HTTP {response.status_code}: {shown(text)}",
            status_code=response.status_code,
            request_id=header_id,
            body=response.content,
        )
    _failure(response, header_id)


def _reread(
    response: httpx.Response,
    endpoint: "Endpoint[Any]",
    header_id: str | None,
    strict: bool,
    decoded: Any = None,
) -> Envelope[Any]:
    """The envelope of a body the fast parse refused: an error envelope, or
    data that differs from the spec, read by the rule of _reading. `decoded`
    is the body the fast parse already decoded, if it did (read in place)."""
    from ._reading import Mismatch, read_leniently

    body = _decode(response) if decoded is None else _as_envelope(decoded)
    if body is None:
        _failure(response, header_id)
    request_id = _carried(response, body, header_id)
    shape = _shape(endpoint.data_type)
    data = body.get("data")
    if shape is not None and data is not None and not isinstance(data, shape):
        # Not a value that differs: an answer of another kind altogether,
        # which no reading of it can turn into what the method returns.
        expected = {dict: "an object", list: "a list"}.get(shape, "a single value")  # type: ignore[call-overload]
        got = type(data).__name__
        raise _mismatch(response, request_id, Mismatch("data", f"{expected} expected, got {got}"))
    try:
        return read_leniently(_envelope(endpoint), body, f"{endpoint.method} {endpoint.path}", strict)  # type: ignore[no-any-return]
    except Mismatch as exc:
        raise _mismatch(response, request_id, exc) from None


def _shape(data_type: Any) -> type | tuple[type, ...] | None:
    """The JSON kind an operation's data must be: dict for a model or a map,
    list for a list, a scalar for a scalar; None where any value may come."""
    from pydantic import RootModel

    if isinstance(data_type, type) and issubclass(data_type, RootModel):
        data_type = data_type.model_fields["root"].annotation
    elif isinstance(data_type, type) and issubclass(data_type, BaseModel):
        return dict
    if data_type in (str, int, float, bool):  # e.g. client.get(..., cast_to=int)
        return (str, int, float, bool)
    origin = get_origin(data_type)
    return origin if origin in (dict, list) else None


# pydantic-core's validate_json first parses the whole body into a tree of
# its own, whose every JSON object or array costs 150 to 500 bytes, however
# small: a body dense in small ones (a map of 100,000 `{"v": 1}` sent where
# strings belong, or a hostile `[{},{},...]`) swells 40 to 60 times in it,
# on top of what the read keeps. Decoded into Python first, the same body
# costs its objects only, but a page of ordinary objects reads about twice as
# slowly that way: taken only for a large body whose objects and arrays are
# that small on average.
_DENSE_FROM = 64 * 1024  # bytes: below, the tree's cost is too small to matter
_DENSE_SPAN = 48  # bytes of body per object or array, on average, or fewer


def _dense(content: bytes) -> bool:
    size = len(content)
    if size < _DENSE_FROM:
        return False
    return (content.count(b"{") + content.count(b"[")) * _DENSE_SPAN >= size


def _decoded(content: bytes) -> Any:
    """The body decoded in one pass of pydantic-core, or None where that
    parse refuses it (bad UTF-8, a huge integer, too deep): the fast parse
    then reads the bytes, and the reading after it says what is wrong."""
    try:
        return _from_json(content)
    except ValueError:
        return None


def _from_json(content: bytes) -> Any:
    """pydantic-core's `from_json`, with the cyclic garbage collector paused:
    a body of 100,000 objects would otherwise set off a collection every 700
    of them (a third of the time of decoding it), and what the decoder builds
    holds no cycle for a collection to find. The decoder keeps the GIL: no
    other thread runs while the collector is paused."""
    if not gc.isenabled():
        return from_json(content)
    gc.disable()
    try:
        return from_json(content)
    finally:
        gc.enable()


def _as_envelope(body: Any) -> dict[str, Any] | None:
    return body if isinstance(body, dict) and not _ENVELOPE_KEYS.isdisjoint(body) else None


def _decode(response: httpx.Response) -> dict[str, Any] | None:
    """The body as a JSON object that looks like the envelope, else None.
    Bytes that are not UTF-8 read as U+FFFD (as the server's own Go
    decoder reads them): one bad byte in a title must not hide the answer,
    nor the error code of an error answer."""
    try:
        body = loads(response.content)
    except LongInteger as exc:
        raise APIResponseError(
            f"HTTP {response.status_code}: {exc}",
            status_code=response.status_code,
            request_id=response.headers.get(REQUEST_ID_HEADER),
            body=response.content,
        ) from None
    except (ValueError, RecursionError):  # RecursionError: a hostile body nests ~1000 deep
        return None
    return _as_envelope(body)


class LongInteger(ValueError):
    """A JSON integer longer than Python turns into an int (4,300 digits by
    default: sys.set_int_max_str_digits), which no field of the API holds."""

    def __init__(self, digits: int):
        super().__init__(
            f"the answer holds an integer of {digits:,} digits, more than Python reads "
            f"({sys.get_int_max_str_digits():,}; see sys.set_int_max_str_digits)"
        )


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise LongInteger(len(text.lstrip("-"))) from None


def loads(content: bytes) -> Any:
    """`json.loads`, reading bytes that are not UTF-8 as U+FFFD, and saying
    so when an integer is too long for Python (LongInteger)."""
    try:
        # pydantic-core parses the bytes as they are; json.loads first decodes
        # them into a str as large as the body (a 50 MB error message: one
        # copy more at the peak). Whatever it refuses (bad UTF-8, lone
        # surrogates, a BOM, huge numbers) json.loads reads, or names, below.
        return _from_json(content)
    except ValueError as exc:
        if str(exc).startswith("recursion limit exceeded"):
            # Deeper than pydantic-core reads (its fast path too): too deep on
            # every Python, whatever depth json.loads would reach (3.12 and
            # later go far deeper than 3.10 and 3.11 before RecursionError).
            raise RecursionError(str(exc)) from None
    try:
        try:
            return json.loads(content)
        except UnicodeDecodeError:
            text = content.decode("utf-8", "replace")
            return json.loads(text)
    except ValueError:
        # Again, to tell an integer too long from any other fault (a hook
        # on every integer would slow down every read that gets this far).
        json.loads(content.decode("utf-8", "replace"), parse_int=_integer)
        raise


def _carried(response: httpx.Response, body: dict[str, Any], header_id: str | None) -> str | None:
    """The request ID of an envelope; raises the API error it carries, if any."""
    request_id = body.get("request_id")
    request_id = request_id if isinstance(request_id, str) and request_id else header_id
    error = body.get("error")
    if isinstance(error, dict) and error:
        raise _api_error(error.get("code"), error.get("message"), request_id, response)
    if error not in (None, {}, ""):
        raise APIResponseError(
            f"the answer's error is a {type(error).__name__}, not an error object",
            status_code=response.status_code,
            request_id=request_id,
            body=response.content,
        )
    return request_id


def _api_error(
    code: Any, message: Any, request_id: str | None, response: httpx.Response
) -> APIError:
    return error_for(
        str(code or "Unknown"),
        str(message or ""),
        request_id=request_id,
        status_code=response.status_code,
    )


def _mismatch(
    response: httpx.Response, request_id: str | None, mismatch: Mismatch
) -> APIResponseError:
    return APIResponseError(
        f"the response does not match the operation's schema: {mismatch}",
        status_code=response.status_code,
        request_id=request_id,
        body=response.content,
    )


def _failure(response: httpx.Response, header_id: str | None) -> NoReturn:
    """Raise what an answer that is not a success envelope amounts to."""
    status = response.status_code
    body = _decode(response)
    if body is not None:
        request_id = _carried(response, body, header_id)
        raise APIResponseError(
            f"HTTP {status} without an error object in the body",
            status_code=status,
            request_id=request_id,
            body=response.content,
        )
    kind = shown(response.headers.get("content-type", "") or "unknown type", 100)
    raise APIResponseError(
        f"HTTP {status}: the body is not a JSON envelope ({kind}, {len(response.content)} bytes)",
        status_code=status,
        request_id=header_id,
        body=response.content,
    )
