"""Exit codes, and the one line an error becomes on stderr."""

from __future__ import annotations

import sys
from typing import NoReturn

OK = 0
API_ERROR = 1
USAGE = 2
AUTH = 3
NOT_FOUND = 4
RATE_LIMITED = 5
SERVER = 6
CONNECTION = 7
PAGINATION = 8
INTERRUPTED = 130


def code_for(exc: BaseException) -> int:
    """The exit code of an exception the SDK raised."""
    from .. import _errors as e
    from .._pagination import PaginationError

    if isinstance(exc, (e.AuthenticationError, e.PermissionDeniedError)):
        return AUTH
    if isinstance(exc, e.NotFoundError):
        return NOT_FOUND
    if isinstance(exc, e.RateLimitError):
        return RATE_LIMITED
    if isinstance(exc, (e.ServerError, e.APIResponseError)):
        return SERVER
    if isinstance(exc, e.APIConnectionError):
        return CONNECTION
    if isinstance(exc, PaginationError):
        return PAGINATION
    if isinstance(exc, e.BadRequestError):
        return USAGE
    if isinstance(exc, e.APIError):
        status = exc.status_code
        if status in (401, 403):
            return AUTH
        if status == 404:
            return NOT_FOUND
        if status == 429:
            return RATE_LIMITED
        if status >= 500:
            return SERVER
    return API_ERROR


def one_line(text: str) -> str:
    """Control characters a server may put in a message cannot move the
    terminal's cursor or forge a second line."""
    return "".join(c if c.isprintable() else " " for c in " ".join(text.split()))


def fail(message: str, code: int) -> NoReturn:
    print("error: " + one_line(message), file=sys.stderr, flush=True)
    sys.exit(code)
