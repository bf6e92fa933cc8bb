"""`with_raw_response(client.incidents.info)(...)`: the same call, answering
the APIResponse (status, headers, request_id, bytes) instead of the data."""

from __future__ import annotations

import contextvars
import functools
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Coroutine, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from ._pagination import AsyncPage, AsyncPager
    from ._response import APIResponse
    from ._stream import AsyncStreamResponse

P = ParamSpec("P")
T = TypeVar("T")
D = TypeVar("D")

RAW_RESPONSE: contextvars.ContextVar[bool] = contextvars.ContextVar("flashduty_raw", default=False)


@overload
def with_raw_response(  # type: ignore[overload-overlap]
    method: "Callable[P, AsyncPager[T, D]]",
) -> "Callable[P, Awaitable[APIResponse[AsyncPage[T, D]]]]": ...
@overload
def with_raw_response(  # type: ignore[overload-overlap]
    method: "Callable[P, AsyncStreamResponse[T]]",
) -> "Callable[P, Awaitable[APIResponse[AsyncStreamResponse[T]]]]": ...
@overload
def with_raw_response(  # type: ignore[overload-overlap]
    method: Callable[P, Coroutine[Any, Any, T]],
) -> Callable[P, Awaitable["APIResponse[T]"]]: ...
@overload
def with_raw_response(method: Callable[P, T]) -> Callable[P, "APIResponse[T]"]: ...
def with_raw_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """Wrap a client method so that it returns the raw APIResponse; its
    `parse()` gives what the method returns (a list method: the page)."""
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
            result = method(*args, **kwargs)
        finally:
            RAW_RESPONSE.reset(token)
        # An async list or stream method returns a pager or a stream, which
        # sends nothing until awaited: awaiting this sends it, raw.
        first_raw = getattr(result, "_first_raw", None)
        return first_raw() if first_raw is not None else result

    return call
