"""What the runtime needs to know about one operation; generated code makes one per method.

Types are named, not imported: a resource module holds the endpoints of many
operations, and importing every model they mention would make loading a
resource cost what loading the whole API costs. Each endpoint imports the
models it needs on its first call."""

from __future__ import annotations

import importlib
from typing import Any, Callable, Dict, Generic, Mapping, TypeVar

T = TypeVar("T")


class Paging:
    """How a list operation pages: the data property holding the items, the
    request fields for the page number and/or the cursor, and for lists that
    answer no `has_next_page`, the data property counting every match
    (`total`). (A plain class: a dataclass costs a millisecond at import.)"""

    __slots__ = ("items", "page", "cursor", "limit", "total")

    def __init__(
        self,
        items: str,
        page: str | None = None,
        cursor: str | None = None,
        limit: str = "limit",
        total: str | None = None,
    ):
        self.items = items
        self.page = page
        self.cursor = cursor
        self.limit = limit
        self.total = total


class TypeNames(Dict[str, Any]):
    """Model names of one resource module -> their module under `types`;
    a name is imported the first time an annotation needs it."""

    def __init__(self, module: str, modules: Mapping[str, str]):
        super().__init__()
        # `module` is the resource module: <package>.resources.<area>
        self.types_package = module.rsplit(".", 2)[0] + ".types"
        self.modules = dict(modules)

    def __missing__(self, name: str) -> Any:
        if name not in self.modules:
            raise KeyError(name)
        value = getattr(importlib.import_module(f"{self.types_package}.{self.modules[name]}"), name)
        self[name] = value
        return value


def generic(origin: Any, *args: Any) -> Any:
    """`origin[args]`, e.g. List[model] for a model looked up at run time."""
    return origin[args if len(args) > 1 else args[0]]


_NO_TYPES = TypeNames("x.resources.none", {})
_NO_TIMES: Mapping[str, int] = {}


class Endpoint(Generic[T]):
    """One operation. `kind` says what a call returns: "model" (the typed
    data), "list" (a list; null becomes []), "value" (a plain JSON value),
    "none", "bytes" (a download), "stream" (an open StreamResponse of
    `record` items) or "page" (a page object). A `multipart`
    operation sends its body as form fields, `files` among them as uploads.
    `data` is a model's name, or a function building the type (from models
    named through `types`); the names in `models` too are looked up in
    `types` on first use. `auth` is "client" (the client's credential, app
    key or access token), "app_key" or "access_token" (only that one of the
    client's), "none", or the argument that carries the operation's own
    secret, sent as `auth_kind` ("query", "bearer" or "header", see _auth)
    under the name `auth_name` (default: the argument's). `path` arguments
    fill `{name}` in the path; `headers` are arguments sent as headers of
    that name. A `bare` answer is the data itself, not the JSON envelope."""

    def __init__(
        self,
        method: str,
        path: str,
        *,
        kind: str = "model",
        data: str | Callable[[], Any] | None = None,
        types: TypeNames = _NO_TYPES,
        idempotent: bool = False,
        auth: str = "client",
        auth_kind: str = "query",
        auth_name: str | None = None,
        path_params: tuple[str, ...] = (),
        headers: tuple[str, ...] = (),
        bare: bool = False,
        models: Mapping[str, tuple[str, str]] | None = None,
        query: tuple[str, ...] = (),
        files: tuple[str, ...] = (),
        multipart: bool = False,
        root: str | None = None,
        unwrap: str | None = None,
        limits: tuple[float | None, float | None] | None = None,
        paging: Paging | None = None,
        times: Mapping[str, int] | None = None,
        record: str | Callable[[], Any] | None = None,
    ):
        self.method = method
        self.path = path
        self.kind = kind
        self.data = data
        self.types = types
        self.idempotent = idempotent
        self.auth = auth
        self.auth_kind = auth_kind
        self.auth_name = auth_name or auth
        self.path_params = path_params
        self.headers = headers
        self.bare = bare
        self.models = models or {}
        self.query = query
        self.files = files
        self.multipart = multipart
        self.root = root  # the argument that is the whole body (an array body)
        self.unwrap = unwrap  # the one field of the data a call returns
        self.limits = limits  # its own (per second, per minute), tighter than the account's
        self.paging = paging
        # Arguments that are points in time: Unix units per second (1 or 1000),
        # so that a datetime can be passed.
        self.times = times or _NO_TIMES
        self._data_type: Any = None
        # A "stream" operation: the type of each NDJSON record (like `data`).
        self.record = record
        self._record_type: Any = None
        # The envelope model of `data_type`, made by _response on first use.
        self.envelope: Any = None

    @property
    def data_type(self) -> Any:
        if self._data_type is None:
            data = self.data
            if data is None:
                self._data_type = Any
            else:
                self._data_type = self.types[data] if isinstance(data, str) else data()
        return self._data_type

    @property
    def record_type(self) -> Any:
        if self._record_type is None:
            record = self.record
            if record is None:
                self._record_type = Any
            else:
                self._record_type = self.types[record] if isinstance(record, str) else record()
        return self._record_type

    def model_for(self, name: str) -> tuple[Any, str]:
        """(model class or None, containers around it) of a request argument."""
        entry = self.models.get(name)
        if entry is None:
            return None, ""
        return self.types[entry[0]], entry[1]

    def __repr__(self) -> str:
        return f"<Endpoint {self.method} {self.path}>"
