"""What the runtime needs to know about one operation; generated code makes one per method."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Mapping, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Paging:
    """How a list operation pages: the data property holding the items, and
    the request fields for the page number and/or the cursor."""

    items: str
    page: str | None = None
    cursor: str | None = None
    limit: str = "limit"


class Endpoint(Generic[T]):
    """One operation. `kind` says what a call returns: "model" (the typed
    data), "list" (a list; null becomes []), "value" (a plain JSON value),
    "none", "bytes" (a download) or "page" (a page object). A `multipart`
    operation sends its body as form fields, `files` among them as uploads."""

    def __init__(
        self,
        method: str,
        path: str,
        *,
        kind: str = "model",
        data_type: Any = Any,
        idempotent: bool = False,
        auth: str = "app_key",
        models: Mapping[str, tuple[type, str]] | None = None,
        query: tuple[str, ...] = (),
        files: tuple[str, ...] = (),
        multipart: bool = False,
        root: str | None = None,
        unwrap: str | None = None,
        paging: Paging | None = None,
        item_type: Any = None,
    ):
        self.method = method
        self.path = path
        self.kind = kind
        self.data_type = data_type
        self.idempotent = idempotent
        self.auth = auth
        self.models = models or {}
        self.query = query
        self.files = files
        self.multipart = multipart
        self.root = root  # the argument that is the whole body (an array body)
        self.unwrap = unwrap  # the one field of the data a call returns
        self.paging = paging
        self.item_type = item_type

    def __repr__(self) -> str:
        return f"<Endpoint {self.method} {self.path}>"
