"""`deprecated` for generated methods without typing_extensions' runtime
version, which imports asyncio for every decorated function. Type checkers
are shown typing_extensions.deprecated (the generated code imports it under
TYPE_CHECKING), so they still flag calls."""

from __future__ import annotations

import functools
import warnings
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE, without importing inspect


def deprecated(message: str) -> Callable[[F], F]:
    def decorate(method: F) -> F:
        if method.__code__.co_flags & _CO_COROUTINE:

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return await method(*args, **kwargs)

            call_async.__deprecated__ = message  # type: ignore[attr-defined]
            return call_async  # type: ignore[return-value]

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return method(*args, **kwargs)

        call.__deprecated__ = message  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return decorate
