"""Python client of the Flashduty Open API.

    import flashduty
    client = flashduty.Flashduty()             # app key from FLASHDUTY_APP_KEY
    incident = client.incidents.info(incident_id="...")

Models live in `flashduty.types`; they and the resources load on first use.
"""

from typing import TYPE_CHECKING

from ._client import ACCOUNT_RATE_LIMIT, AsyncFlashduty, Flashduty
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    BalanceNotEnoughError,
    BillingError,
    DangerousOperationError,
    EntityTooLargeError,
    FlashdutyError,
    GenericBadRequestError,
    InternalServerError,
    InvalidContentTypeError,
    InvalidParameterError,
    MethodNotAllowedError,
    NoLicenseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReferenceExistError,
    RequestLockedError,
    RequestVerifyRequiredError,
    ResourceNotFoundError,
    ServerError,
    ServiceUnavailableError,
    UndonedOrderExistError,
    VerificationRequiredError,
    WebhookParseError,
)
from ._pagination import AsyncPage, AsyncPager, PaginationError, PaginationLimitError, SyncPage
from ._raw import with_raw_response
from ._response import APIResponse
from ._stream import AsyncStreamResponse, StreamResponse, with_streaming_response
from ._types import OMIT, EnumValue, Omit
from ._version import __version__

if TYPE_CHECKING:
    # What `__getattr__` loads on first use, shown to type checkers as it is.
    from . import resources as resources, types as types, webhooks as webhooks


# Tracebacks and reprs show the names users import (flashduty.RateLimitError),
# which are also where pickle finds them.
for _value in list(globals().values()):
    if isinstance(_value, type) and issubclass(_value, FlashdutyError):
        _value.__module__ = __name__
del _value

if not TYPE_CHECKING:  # checkers see the imports above

    def __getattr__(name: str) -> object:
        # `flashduty.types` and `flashduty.webhooks` load on first use, keeping
        # `import flashduty` free of the models.
        if name in ("types", "webhooks", "resources"):
            import importlib

            module = importlib.import_module(f".{name}", __name__)
            globals()[name] = module
            return module
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:  # what the REPL and IDEs offer, lazy modules included
        return sorted({*globals(), "types", "webhooks", "resources"})


__all__ = [
    "ACCOUNT_RATE_LIMIT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseError",
    "APITimeoutError",
    "AsyncFlashduty",
    "AsyncPage",
    "AsyncPager",
    "AsyncStreamResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "BalanceNotEnoughError",
    "BillingError",
    "DangerousOperationError",
    "EntityTooLargeError",
    "EnumValue",
    "Flashduty",
    "FlashdutyError",
    "GenericBadRequestError",
    "InternalServerError",
    "InvalidContentTypeError",
    "InvalidParameterError",
    "MethodNotAllowedError",
    "NoLicenseError",
    "NotFoundError",
    "OMIT",
    "Omit",
    "PaginationError",
    "PaginationLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReferenceExistError",
    "RequestLockedError",
    "RequestVerifyRequiredError",
    "ResourceNotFoundError",
    "ServerError",
    "ServiceUnavailableError",
    "StreamResponse",
    "SyncPage",
    "UndonedOrderExistError",
    "VerificationRequiredError",
    "WebhookParseError",
    "__version__",
    "with_raw_response",
    "with_streaming_response",
]
