"""The exceptions the client raises.

    FlashdutyError
    ├── APIConnectionError            the request did not complete
    │   └── APITimeoutError
    ├── APIResponseError              the body is not JSON, or not the envelope
    └── APIError                      the API answered with an error code
        ├── BadRequestError           the request itself is wrong
        │   ├── InvalidParameterError, InvalidContentTypeError, MethodNotAllowedError,
        │   │   EntityTooLargeError, ReferenceExistError, GenericBadRequestError,
        │   │   ConflictError
        ├── AuthenticationError       Unauthorized
        ├── PermissionDeniedError     AccessDenied
        ├── VerificationRequiredError RequestVerifyRequired, DangerousOperation, RequestLocked
        ├── NotFoundError             RouteNotFound
        ├── RateLimitError            RequestTooFrequently
        ├── BillingError              ResourceNotFound (missing object, or not purchased), NoLicense,
        │                             BalanceNotEnough, UndonedOrderExist
        └── ServerError               InternalError, ServiceUnavailable

The class follows the error code, never the HTTP status: Flashduty may send an
error with HTTP 200, and `ResourceNotFound` arrives as HTTP 400.
"""

from __future__ import annotations

from typing import Any

from ._sanitize import shown

# An exception text made of what the server sent is cut to a few hundred
# characters per value (see _sanitize.py); this bounds the text we wrote.
_OUR_TEXT = 4000


class FlashdutyError(Exception):
    """Base of every error this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle without calling __init__ (its keyword-only arguments are not
        # in `args`): an error raised in a worker process reaches its parent
        # whole, attributes included.
        return _restore, (type(self), self.args), self.__dict__


def _restore(cls: type[FlashdutyError], args: tuple[Any, ...]) -> FlashdutyError:
    error = cls.__new__(cls)
    error.args = args
    return error


class APIConnectionError(FlashdutyError):
    """The request could not be sent or no complete response came back."""

    def __init__(self, message: str = "connection error", *, method: str = "", url: str = ""):
        super().__init__(message)
        self.method = method
        self.url = url  # always without secrets


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class APIResponseError(FlashdutyError):
    """The server answered, but not with the JSON envelope the API promises
    (an HTML error page, a truncated body, a proxy's message...). `body`
    holds the first 2,048 bytes of the answer, as sent."""

    def __init__(
        self, message: str, *, status_code: int, request_id: str | None = None, body: bytes = b""
    ):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.body = body[:2048]

    def __str__(self) -> str:
        message = shown(super().__str__(), _OUR_TEXT)
        has_status = message.startswith(f"HTTP {self.status_code}")
        return f"{message}{_where(None if has_status else self.status_code, self.request_id)}"


class APIError(FlashdutyError):
    """The API reported an error. `code` is the API's error code (a string,
    also for codes this version of the package does not know); `message` the
    server's text, whole. `str()` and `repr()` show both escaped (a line
    break as `\\n`) and cut to a few hundred characters each: a server's
    text never forges a log line nor makes one of megabytes."""

    code: str = ""

    def __init__(self, message: str, *, code: str, request_id: str | None, status_code: int):
        super().__init__(_text(code, message))
        self.code = code
        self.message = message
        self.request_id = request_id
        self.status_code = status_code
        # Set by the client when it gives up: the call ("POST /incident/info"),
        # the answer's headers (bounded, credentials hidden) and how many
        # attempts were made, retries included.
        self.operation = ""
        self.headers: dict[str, str] = {}
        self.attempts = 1

    def __str__(self) -> str:
        # What a log line needs: the code to branch on, the text, and what
        # support asks for (the request ID) with the HTTP status.
        text = _text(self.code, self.message)
        where = _where(self.status_code, self.request_id)
        operation = getattr(self, "operation", "")  # older pickles have none
        if operation:
            attempts = getattr(self, "attempts", 1)
            tried = f"{attempts} attempts" if attempts != 1 else "1 attempt"
            where = f"{where[:-1]}; {operation}, {tried})" if where else f" ({operation}, {tried})"
        return f"{text}{where}"

    def __repr__(self) -> str:
        request_id = None if self.request_id is None else shown(self.request_id, 100)
        return (
            f"{type(self).__name__}(code={shown(self.code, 100)!r}, "
            f"message={shown(self.message)!r}, request_id={request_id!r}, "
            f"status_code={self.status_code})"
        )


def _text(code: str, message: str) -> str:
    return f"{shown(code, 100)}: {shown(message)}" if message else shown(code, 100)


def _where(status_code: int | None, request_id: str | None) -> str:
    parts = ([f"HTTP {status_code}"] if status_code is not None else []) + (
        [f"request_id {shown(request_id, 100)}"] if request_id else []
    )
    return f" ({', '.join(parts)})" if parts else ""


class BadRequestError(APIError):
    """The request was rejected as malformed or not allowed as sent."""


class InvalidParameterError(BadRequestError):
    """A parameter is missing, malformed or out of range."""


class GenericBadRequestError(BadRequestError):
    """`BadRequest`: wrong in a way no more specific code covers."""


class InvalidContentTypeError(BadRequestError):
    """The body was not sent as JSON."""


class MethodNotAllowedError(BadRequestError):
    """The HTTP method does not fit the path."""


class EntityTooLargeError(BadRequestError):
    """The request body is too large."""


class ReferenceExistError(BadRequestError):
    """The object is still referenced elsewhere and cannot be deleted."""


class ConflictError(BadRequestError):
    """`Conflict` (HTTP 409): the object changed since it was read (a stale
    revision or version), or an idempotency key was reused for another request.
    Read the object again and retry with its current state."""


class AuthenticationError(APIError):
    """`Unauthorized`: the app key is missing, wrong or revoked."""


class PermissionDeniedError(APIError):
    """`AccessDenied`: the key's member lacks the permission."""


class VerificationRequiredError(APIError):
    """The operation needs extra verification or is temporarily locked."""


class RequestVerifyRequiredError(VerificationRequiredError):
    """A second-factor check is required."""


class DangerousOperationError(VerificationRequiredError):
    """A high-risk operation needs verification."""


class RequestLockedError(VerificationRequiredError):
    """Locked for a while after repeated failures."""


class NotFoundError(APIError):
    """`RouteNotFound`: no operation at this method and path."""


class RateLimitError(APIError):
    """`RequestTooFrequently`: a rate limit was hit. The client retried unless
    the server asked to wait longer than its cap; `retry_after` is the wait in
    seconds the server asked for (None when it did not say)."""

    retry_after: float | None = None


class BillingError(APIError):
    """The account's plan, licences or balance do not allow the operation."""


class ResourceNotFoundError(BillingError):
    """`ResourceNotFound` (HTTP 400): what a call about an object that does
    not exist, or was deleted, raises (`incidents.info` with an unknown
    incident ID), as the vendor's current documents say. Older documents
    gave it a second meaning, a product the account has not purchased,
    hence its place under BillingError. Not HTTP 404: that is `NotFoundError`,
    a path the API does not know."""


class NoLicenseError(BillingError):
    """Not enough subscription licences."""


class BalanceNotEnoughError(BillingError):
    """The balance cannot cover the operation."""


class UndonedOrderExistError(BillingError):
    """An unfinished billing order blocks this one."""


class ServerError(APIError):
    """The server failed."""


class InternalServerError(ServerError):
    """`InternalError`: quote `request_id` when reporting it."""


class ServiceUnavailableError(ServerError):
    """A backend dependency is down."""


class WebhookParseError(FlashdutyError):
    """A webhook body is not JSON, or not the payload its `event_type` promises."""


ERROR_CLASSES: dict[str, type[APIError]] = {
    "InvalidParameter": InvalidParameterError,
    "BadRequest": GenericBadRequestError,
    "InvalidContentType": InvalidContentTypeError,
    "MethodNotAllowed": MethodNotAllowedError,
    "EntityTooLarge": EntityTooLargeError,
    "ReferenceExist": ReferenceExistError,
    "Conflict": ConflictError,
    "Unauthorized": AuthenticationError,
    "AccessDenied": PermissionDeniedError,
    "RequestVerifyRequired": RequestVerifyRequiredError,
    "DangerousOperation": DangerousOperationError,
    "RequestLocked": RequestLockedError,
    "RouteNotFound": NotFoundError,
    "RequestTooFrequently": RateLimitError,
    "ResourceNotFound": ResourceNotFoundError,
    "NoLicense": NoLicenseError,
    "BalanceNotEnough": BalanceNotEnoughError,
    "UndonedOrderExist": UndonedOrderExistError,
    "InternalError": InternalServerError,
    "ServiceUnavailable": ServiceUnavailableError,
}


def error_for(code: str, message: str, *, request_id: str | None, status_code: int) -> APIError:
    """The exception for an API error code; unknown codes give a plain APIError."""
    cls = ERROR_CLASSES.get(code, APIError)
    return cls(message, code=code, request_id=request_id, status_code=status_code)
