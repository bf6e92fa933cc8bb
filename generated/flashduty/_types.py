"""Sentinels and small types shared by the runtime and the generated code."""

from __future__ import annotations

import os
from typing import IO, Any, Final, Literal, Mapping, TypedDict, Union


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
