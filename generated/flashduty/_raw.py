"""`with_raw_response(client.incidents.info)(...)`: the same call, answering
the APIResponse (status, headers, request_id, bytes) instead of the data."""

from __future__ import annotations

import contextvars
import functools
from typing import TYPE_CHECKING, Any, Awaitable, Callable, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from ._response import APIResponse

P = ParamSpec("P")
T = TypeVar("T")

RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("flashduty_raw", default=False)


@overload
def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable["APIResponse[T]"]]: ...  # type: ignore[overload-overlap]
@overload
def with_raw_response(method: Callable[P, T]) -> Callable[P, "APIResponse[T]"]: ...
def with_raw_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a client method so that it returns the raw APIResponse."""
    import inspect

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def call_async(*args: P.args, **kwargs: P.kwargs) -> Any:
            token = RAW_RESPONSE.set(True)
            try:
                return await method(*args, **kwargs)
            finally:
                RAW_RESPONSE.reset(token)

        return call_async

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> Any:
        token = RAW_RESPONSE.set(True)
        try:
            return method(*args, **kwargs)
        finally:
            RAW_RESPONSE.reset(token)

    return call
