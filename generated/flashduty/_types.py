"""Sentinels and small types shared by the runtime and the generated code."""

from __future__ import annotations

import os
from typing import (
    IO,
    Any,
    Final,
    Iterator,
    Literal,
    Mapping,
    NewType,
    Protocol,
    Sequence,
    TypedDict,
    TypeVar,
    Union,
    overload,
)

_T_co = TypeVar("_T_co", covariant=True)


class Omit:
    """Marks an argument the caller did not pass: it is left out of the request,
    which is not the same as sending `null`."""

    _instance: "Omit | None" = None

    def __new__(cls) -> "Omit":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Final = Omit()

Headers = Mapping[str, str]
# What an upload argument accepts: raw bytes, a path, an open binary file, or
# (filename, content[, content_type]).
FileInput = Union[
    bytes,
    "os.PathLike[str]",
    IO[bytes],
    "tuple[str, bytes | IO[bytes]]",
    "tuple[str, bytes | IO[bytes], str]",
]


class RequestOptions(TypedDict, total=False):
    """Settings every method takes for one call: `timeout` (seconds; None
    waits forever), `max_retries`, `extra_headers` to send, and for fields
    the spec does not have yet, `extra_query` (query parameters) and
    `extra_body` (body fields, added to or replacing the method's)."""

    timeout: float | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


# A value of an enum field read from an answer: one this package knows is
# typed by its Literal, any other (a newer server's) is an EnumValue. An
# enum argument takes both, so a value read goes back without a cast, while
# a misspelt literal written in code (a plain `str`) is still a type error.
EnumValue = NewType("EnumValue", str)


class SequenceNotStr(Protocol[_T_co]):
    """A list argument: any read-only sequence (a list, a tuple, ...) but not
    a `str`, which is a sequence of strings too. (`str.__contains__` takes
    only a `str`; this protocol asks for one that takes any object.)"""

    @overload
    def __getitem__(self, index: int, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def __reversed__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
