"""Stage 3: the intermediate representation. Everything the templates need,
computed once from the bundled spec and the models stage's output, as frozen
objects; templates never read the spec itself."""

from __future__ import annotations

import ast
import keyword
import re
import textwrap
from dataclasses import dataclass
from typing import Any, Literal, Mapping

from .load import Bundle
from .models import DEFS
from .oas import closure
from .problems import Problems
from .pytypes import (
    ANY,
    ANY_MAP,
    ARG_MAP,
    BYTES,
    DATETIME,
    FILE,
    NONE,
    SCALARS,
    Generic,
    LiteralOf,
    Model,
    PyType,
    Union,
    optional,
    union,
)
from .schemas import (
    deref,
    json_media,
    object_properties,
    operations,
    ref_name,
    schema_type,
    webhooks,
)
from .validate import envelope_data

Kind = Literal["model", "list", "value", "none", "bytes", "page"]
Location = Literal["body", "query", "file", "secret", "root"]
DEFAULT_AUTH = "app_key"  # the spec's default security scheme, which the client holds

OPTION_NAMES = {"timeout", "max_retries", "extra_headers", "options", "args", "self"}
COMMON_AREA = "common"  # types module of root schemas no operation uses


@dataclass(frozen=True)
class Models:
    """What the models stage made: module under defs/ -> source, and schema
    name -> that module. Only schemas that became classes are importable:
    aliases, enums and maps are inlined into the models that use them."""

    sources: Mapping[str, str]
    modules: Mapping[str, str]

    def classes(self) -> frozenset[str]:
        return frozenset(
            node.name
            for source in self.sources.values()
            for node in ast.parse(source).body
            if isinstance(node, ast.ClassDef)
        )


@dataclass(frozen=True)
class RateLimit:
    """An `x-rate-limit`: requests per second, minute and/or day. A client
    paces to seconds and minutes only: a daily quota is documented, not
    paced (waiting hours for a slot is never what a caller wants)."""

    per_second: float | None = None
    per_minute: float | None = None
    per_day: float | None = None

    @classmethod
    def of(cls, value: Any) -> RateLimit | None:
        if not isinstance(value, dict):
            return None
        return cls(value.get("per_second"), value.get("per_minute"), value.get("per_day"))

    @property
    def paced(self) -> bool:
        return self.per_second is not None or self.per_minute is not None

    def items(self) -> dict[str, float]:
        pairs = (
            ("per_second", self.per_second),
            ("per_minute", self.per_minute),
            ("per_day", self.per_day),
        )
        return {k: v for k, v in pairs if v is not None}

    def text(self) -> str:
        text = ", ".join(f"{v} per {k[4:]}" for k, v in self.items().items())
        return text + (" (the daily quota is not paced)" if self.per_day is not None else "")


@dataclass(frozen=True)
class Param:
    wire: str
    name: str
    type: PyType
    required: bool
    description: str
    location: Location  # root: the whole body is this argument
    unix_time: str | None = (
        None  # "seconds" | "milliseconds": a point in time; the type takes datetime
    )

    @property
    def model(self) -> tuple[str, str] | None:
        """(model, containers) the runtime validates a plain dict against."""
        return self.type.model() if self.location in ("body", "query", "root") else None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    kind: Kind
    returns: PyType  # what a call returns (a page: its item type)
    data: PyType  # what the envelope's data is validated as
    paging: Mapping[str, str] | None
    idempotent: bool
    deprecated: bool
    unverified: bool
    permission: str | None
    rate_limit: RateLimit | None  # the operation's own, tighter than the account's
    auth: str  # DEFAULT_AUTH, "none", or the query parameter of its own key
    endpoint: str  # module-level constant name
    multipart: bool = False
    unwrap: str | None = None
    replaced_by: str | None = None  # operationId of what replaces a deprecated operation

    @property
    def deprecation(self) -> str:
        """The warning a deprecated method gives."""
        return f"{self.operation_id} is deprecated; use client.{self.replaced_by} instead"

    def types(self) -> list[PyType]:
        return [self.returns, self.data] + [p.type for p in self.params]

    def docstring(self, indent: int) -> str:
        width = 88 - indent
        parts = [doc_text(self.summary.rstrip(".") + ".")]
        if self.description.strip():
            parts.append(_fill(self.description, width))
        if self.deprecated:
            parts.append(f"Deprecated: use `client.{self.replaced_by}` instead.")
        if self.unverified:
            parts.append(
                "Unverified: known only from the product catalog; the body mirrors its siblings."
            )
        facts = []
        if self.permission:
            facts.append(doc_text(f"Permission: {self.permission}."))
        if self.rate_limit:
            facts.append(f"Rate limit: {self.rate_limit.text()}.")
        facts.append(doc_text(f"HTTP: {self.http_method} {self.path}"))
        parts.append("\n".join(facts))
        lines = ["Args:"]
        for p in self.params:
            text = p.description or "See the API reference."
            if p.unix_time:
                text += " An aware `datetime` is accepted too."
            lines.append(_fill(f"{p.name}: {text}", width - 4, hang=4))
        lines.append(
            _fill(
                "**options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and "
                "`extra_body` for this call.",
                width - 4,
                hang=4,
            )
        )
        parts.append(
            "\n".join(
                "    " + line if i else line for i, line in enumerate("\n".join(lines).split("\n"))
            )
        )
        if self.kind == "bytes":
            parts.append(_DOWNLOAD_RETURNS)
        return "\n\n".join(parts)


# What every download returns, whichever way the server answers it.
_DOWNLOAD_RETURNS = """Returns:
    The file as bytes. When the server answers with the JSON envelope
    instead, its `data`: the text encoded as UTF-8, or b"" when empty."""


@dataclass(frozen=True)
class Resource:
    path: tuple[str, ...]
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]

    @property
    def class_name(self) -> str:
        return "".join(_camel(p) for p in self.path)

    @property
    def attr(self) -> str:
        return py_name(self.path[-1])

    @property
    def module(self) -> str:
        """Each resource class (with its async twin) has a module of its own,
        so using one resource loads neither its siblings nor its children."""
        return py_name("_".join(self.path))

    def walk(self) -> list[Resource]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


@dataclass(frozen=True)
class Webhook:
    name: str
    model: str
    event_types: tuple[str, ...]


@dataclass(frozen=True)
class Api:
    resources: tuple[Resource, ...]
    webhooks: tuple[Webhook, ...]
    rate_limit: RateLimit | None  # the account's
    base_url: str
    type_modules: Mapping[str, tuple[str, ...]]  # area module -> model names, in spec order
    schema_module: Mapping[str, str]  # model name -> its module under types
    models: Models

    def webhook_imports(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for hook in self.webhooks:
            names = out.setdefault(self.schema_module[hook.model], [])
            if hook.model not in names:
                names.append(hook.model)
        return dict(sorted(out.items()))

    def imports_for(self, resource: Resource) -> dict[str, list[str]]:
        """Model names a resource module needs, by types module."""
        names = {n for op in resource.operations for t in op.types() for n in t.models()}
        out: dict[str, list[str]] = {}
        for name in sorted(names):
            out.setdefault(self.schema_module[name], []).append(name)
        return dict(sorted(out.items()))


def _container(origin: str, item: PyType, request: bool) -> str:
    """The container an argument is typed with: `Sequence` / `Mapping` where
    the items are models, unions or containers, so that a caller's own
    `list[Model]` type-checks against `Sequence[Model | Mapping[str, Any]]`
    (a `List` is invariant); `List` / `Dict` otherwise (a `str` is a
    `Sequence[str]` too)."""
    if request and isinstance(item, (Generic, Union, Model)):
        return "Sequence" if origin == "List" else "Mapping"
    return origin


def _timed(t: PyType, unix_time: str | None) -> PyType:
    """A point in time in Unix units also takes a `datetime`."""
    return union(t, DATETIME) if unix_time else t


def _unix_time(schema: Any) -> str | None:
    unit = schema.get("x-unix-time") if isinstance(schema, dict) else None
    return str(unit) if unit else None


def _camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def doc_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring: no backslash escapes, no
    quotes that would end it."""
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return text + " " if text.endswith('"') else text


def _fill(text: str, width: int, hang: int = 0) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    filled = [
        textwrap.fill(
            " ".join(p.split()),
            width=max(width, 40),
            subsequent_indent=" " * hang,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for p in paragraphs
    ]
    return doc_text("\n\n".join(filled))


def py_name(wire: str) -> str:
    name = re.sub(r"\W", "_", wire)
    if not name or name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in OPTION_NAMES:
        name += "_"
    return name


class _Builder:
    def __init__(self, bundle: Bundle, classes: frozenset[str]):
        self.doc = bundle.document
        self.bundle = bundle
        self.classes = classes
        self.problems = Problems()
        components = self.doc.get("components") or {}
        self.schemes: dict[str, Any] = components.get("securitySchemes") or {}
        self.default_security = self.doc.get("security") or []

    def add(self, pointer: str, message: str) -> None:
        self.problems.add(pointer, message, self.bundle.locate(pointer))

    def is_model(self, schema: Any) -> bool:
        """A $ref to an object schema that became a model class (not an
        alias, a list or a map, which are inlined)."""
        name = ref_name(schema)
        if name is None or name not in self.classes:
            return False
        target = deref(self.doc, schema)
        return schema_type(self.doc, target) == "object" and (
            bool(target.get("properties")) or bool(target.get("allOf"))
        )

    def type(self, schema: Any, request: bool) -> PyType:
        """The type of a schema as an argument (`request`) or in a result."""
        if not isinstance(schema, dict) or not schema:
            return ANY
        if self.is_model(schema):
            name = ref_name(schema)
            assert name
            return union(Model(name), ARG_MAP) if request else Model(name)
        if "$ref" in schema:
            return self.type(deref(self.doc, schema), request)
        for key in ("anyOf", "oneOf"):
            if schema.get(key):
                return union(*(self.type(s, request) for s in schema[key]))
        if schema.get("allOf"):
            if len(schema["allOf"]) == 1:
                return self.type(schema["allOf"][0], request)
            return ANY_MAP
        if "const" in schema:
            return LiteralOf((schema["const"],))
        kind = schema.get("type")
        nullable = isinstance(kind, list) and "null" in kind
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        t: PyType
        if kind == "string" and schema.get("format") == "binary":
            t = FILE if request else BYTES
        elif "enum" in schema and request and isinstance(schema["enum"], list):
            t = LiteralOf(tuple(schema["enum"]))
        elif isinstance(kind, str) and kind in SCALARS:
            t = SCALARS[kind]
        elif kind == "array":
            item = self.type(schema.get("items") or {}, request)
            t = Generic(_container("List", item, request), item)
        elif kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            item = self.type(extra, request) if isinstance(extra, dict) else ANY
            t = Generic(_container("Dict", item, request), item)
        else:
            t = ANY
        return optional(t) if nullable else t

    def auth(self, op: dict[str, Any]) -> tuple[str, Param | None]:
        """How an operation authenticates: with the client's key (the spec's
        default security), with none, or with a key of its own that the
        caller passes (e.g. an integration key): then the argument too."""
        security = op.get("security", self.default_security) or []
        if not security:
            return "none", None
        for requirement in security:
            for scheme_name in requirement:
                if any(scheme_name in default for default in self.default_security):
                    continue
                scheme = self.schemes.get(scheme_name) or {}
                wire = str(scheme.get("name") or scheme_name)
                description = str(scheme.get("description") or "") or f"The {wire}."
                param = Param(
                    wire, py_name(wire), SCALARS["string"], True, description.strip(), "secret"
                )
                return wire, param
        return DEFAULT_AUTH, None

    def operation(self, pointer: str, path: str, method: str, op: dict[str, Any]) -> Operation:
        op_id = op["operationId"]
        params: list[Param] = []
        auth, secret = self.auth(op)
        if secret is not None:
            params.append(secret)
        for raw in op.get("parameters") or []:
            param = deref(self.doc, raw)
            schema = param.get("schema") or {}
            params.append(
                Param(
                    param["name"],
                    py_name(param["name"]),
                    _timed(self.type(schema, True), _unix_time(schema)),
                    bool(param.get("required")),
                    str(param.get("description") or schema.get("description") or ""),
                    "query",
                    _unix_time(schema),
                )
            )
        body = op.get("requestBody") or {}
        content = body.get("content") or {}
        media = json_media(content) or next(
            ((m, e) for m, e in content.items() if m == "multipart/form-data"), None
        )
        body_schema = (media[1].get("schema") or {}) if media else {}
        if media and schema_type(self.doc, body_schema) == "array":
            name = str(op.get("x-body-name"))
            description = str(body_schema.get("description") or "The request body, a list.")
            params.append(
                Param(name, py_name(name), self.type(body_schema, True), True, description, "root")
            )
        elif media:
            props, required = object_properties(self.doc, body_schema)
            for wire, schema in props.items():
                unix_time = _unix_time(deref(self.doc, schema))
                t = _timed(self.type(schema, True), unix_time)
                description = str(
                    (schema or {}).get("description")
                    or deref(self.doc, schema).get("description")
                    or ""
                )
                location: Location = "file" if t == FILE else "body"
                params.append(
                    Param(
                        wire, py_name(wire), t, wire in required, description, location, unix_time
                    )
                )
        seen: dict[str, str] = {}
        for p in params:
            if p.name in seen:
                self.add(
                    pointer,
                    f"arguments {seen[p.name]!r} and {p.wire!r} map to the same Python name {p.name!r}",
                )
            seen[p.name] = p.wire
        params.sort(key=lambda p: not p.required)  # required first, spec order kept within each

        kind, returns, data = self.result(op)
        segments = op_id.split(".")
        return Operation(
            operation_id=op_id,
            name=py_name(segments[-1]),
            http_method=method.upper(),
            path=path,
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or ""),
            params=tuple(params),
            kind=kind,
            returns=returns,
            data=data,
            paging=op.get("x-pagination") if kind == "page" else None,
            idempotent=bool(op.get("x-idempotent")),
            deprecated=bool(op.get("deprecated")),
            unverified=bool(op.get("x-unverified")),
            permission=str(op["x-permission"]) if op.get("x-permission") else None,
            rate_limit=RateLimit.of(op.get("x-rate-limit")),
            auth=auth,
            endpoint="_" + "_".join(segments[1:]).upper(),
            multipart=media is not None and media[0] == "multipart/form-data",
            unwrap=op.get("x-unwrap") if kind == "model" else None,
            replaced_by=op.get("x-replaced-by"),
        )

    def result(self, op: dict[str, Any]) -> tuple[Kind, PyType, PyType]:
        """(kind, what a call returns, what the envelope's data is) of an operation."""
        ok = deref(self.doc, (op.get("responses") or {}).get("200") or {})
        media = json_media(ok.get("content"))
        if media is None:
            return "bytes", BYTES, BYTES
        data = envelope_data(self.doc, media[1].get("schema") or {})
        if data is None or data is False:
            return "none", NONE, NONE
        t = self.type(data, False)
        is_model = isinstance(t, Model)
        if op.get("x-pagination") and is_model:
            props, _ = object_properties(self.doc, data)
            items = (props.get(op["x-pagination"]["items"]) or {}).get("items") or {}
            return "page", self.type(items, False), t
        if schema_type(self.doc, data) == "array":
            return "list", t, t
        unwrap = op.get("x-unwrap")
        if is_model and isinstance(unwrap, str):
            props, required = object_properties(self.doc, data)
            inner = self.type(props.get(unwrap) or {}, False)
            return "model", inner if unwrap in required else optional(inner), t
        return ("model" if is_model else "value"), t, t


def _resources(builder: _Builder) -> tuple[Resource, ...]:
    """The resource tree: an operationId `a.b.c` is method `c` of resource `a.b`."""
    ops: dict[tuple[str, ...], list[Operation]] = {}
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {(): []}
    for pointer, path, method, op in operations(builder.doc):
        operation = builder.operation(pointer, path, method, op)
        segments = tuple(operation.operation_id.split(".")[:-1])
        for depth in range(1, len(segments) + 1):
            key = segments[:depth]
            if key not in children:
                children[key] = []
                children[key[:-1]].append(key)
        ops.setdefault(segments, []).append(operation)

    def freeze(key: tuple[str, ...]) -> Resource:
        return Resource(key, tuple(ops.get(key, [])), tuple(freeze(c) for c in children[key]))

    roots = tuple(freeze(k) for k in children[()])
    modules: dict[str, tuple[str, ...]] = {}
    for resource in (r for root in roots for r in root.walk()):
        if resource.module in modules:
            builder.add(
                "/paths",
                f"resources {'.'.join(resource.path)} and {'.'.join(modules[resource.module])} "
                f"would share the module {resource.module!r}",
            )
        modules[resource.module] = resource.path
        names = {c.attr for c in resource.children}
        for operation in resource.operations:
            if operation.name in names:
                builder.add(
                    "/paths",
                    f"{operation.operation_id}: a method and a sub-resource of "
                    f"{'.'.join(resource.path)} are both named {operation.name!r}",
                )
    return roots


def _areas(bundle: Bundle) -> dict[str, str]:
    """Schema name -> its area, the module under types/ that re-exports it:
    the stem of the file that defines it; for a schema of the root file,
    the area (first operationId segment) of the first operation or webhook
    that uses it, else `common`."""
    doc = bundle.document
    area: dict[str, str] = {}
    for key, path in bundle.component_files.items():
        if key.startswith("schemas/"):
            stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
            area[key.split("/", 1)[1]] = py_name(stem.replace("-", "_"))
    users = [(op.get("operationId"), op) for _, _, _, op in operations(doc)]
    users += [(op.get("operationId"), op) for _, _, op in webhooks(doc)]
    for op_id, op in users:
        for name in closure(doc, op).get("schemas", {}):
            area.setdefault(name, py_name(str(op_id).split(".")[0]))
    return area


def build(bundle: Bundle, models: Models) -> Api:
    """The IR of a bundle that passed validation, and the models made from it."""
    doc = bundle.document
    classes = models.classes()
    builder = _Builder(bundle, classes)
    roots = _resources(builder)
    builder.problems.raise_if_any()
    area = _areas(bundle)
    type_modules: dict[str, list[str]] = {}
    for name in (doc.get("components") or {}).get("schemas") or {}:
        if name in classes:
            type_modules.setdefault(area.get(name, COMMON_AREA), []).append(name)
    hooks = []
    for _, name, op in webhooks(doc):
        media = json_media((op.get("requestBody") or {}).get("content"))
        model = ref_name(media[1].get("schema")) if media else None
        if model:
            hooks.append(Webhook(name, model, tuple(op.get("x-event-types") or ())))
    servers = doc.get("servers") or [{}]
    return Api(
        resources=roots,
        webhooks=tuple(hooks),
        rate_limit=RateLimit.of(doc.get("x-rate-limit")),
        base_url=str(servers[0].get("url") or ""),
        type_modules={k: tuple(v) for k, v in sorted(type_modules.items())},
        schema_module={n: f"{DEFS}.{m}" for n, m in sorted(models.modules.items()) if n in classes},
        models=models,
    )
