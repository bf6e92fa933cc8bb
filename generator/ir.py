"""The IR (after the models, which it reads): the intermediate representation. Everything the templates need,
computed once from the bundled spec and the models stage's output, as frozen
objects; templates never read the spec itself."""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass
from typing import Any, Literal, Mapping

from .auth import Auth, AuthReader
from .load import Bundle
from .models import DEFS
from .oas import Closures
from .problems import Problems
from .pytypes import ANY, BYTES, FILE, NONE, SCALARS, Model, PyType, optional
from .reader import MULTIPART, SchemaReader, body_media, envelope_data
from .schemas import (
    deref,
    json_media,
    ndjson_media,
    object_properties,
    operations,
    ref_name,
    schema_type,
    webhooks,
)

Kind = Literal["model", "list", "value", "none", "bytes", "stream", "page"]
Location = Literal["body", "query", "path", "header", "file", "secret", "root"]

OPTION_NAMES = {"timeout", "max_retries", "extra_headers", "options", "args", "self"}
COMMON_AREA = "common"  # types module of root schemas no operation uses


@dataclass(frozen=True)
class Models:
    """What the models stage made: module under defs/ -> source, and schema
    name -> that module. Only schemas that became classes are importable:
    aliases, enums and maps are inlined into the models that use them."""

    sources: Mapping[str, str]
    modules: Mapping[str, str]
    classes: frozenset[str]  # as the models stage reports them: never re-parsed here


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
    # "seconds" | "milliseconds": a point in time; the type takes datetime.
    unix_time: str | None = None

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
    returns: PyType  # what a call returns (a page: its item type; a stream: its record type)
    data: PyType  # what the envelope's data is validated as (a stream: when JSON, else NONE)
    paging: Mapping[str, str] | None
    idempotent: bool
    deprecated: bool
    unverified: bool
    permission: str | None
    rate_limit: RateLimit | None  # the operation's own, tighter than the account's
    auth: Auth
    endpoint: str  # module-level constant name
    multipart: bool = False
    bare: bool = False  # the answer is the data itself, not the JSON envelope
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
        elif self.kind == "stream":
            parts.append(_STREAM_RETURNS)
        return "\n\n".join(parts)


# What every download returns, whichever way the server answers it.
_DOWNLOAD_RETURNS = """Returns:
    The file as bytes. When the server answers with the JSON envelope
    instead, its `data`: the text encoded as UTF-8, or b"" when empty."""


# What every NDJSON operation returns.
_STREAM_RETURNS = """Returns:
    The open answer, one JSON record per line: use it in a `with` block and
    read it with `iter_records()` (or `iter_lines()`, `iter_bytes()`,
    `write_to(path)`). When the server answers with the JSON envelope
    instead, its `data` is in `.data`."""


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
class Field:
    """One field of a model, as api.md shows it."""

    wire: str
    type: PyType  # as a result carries it
    required: bool  # the spec says the server always sends it
    description: str
    values: tuple[Any, ...] = ()  # an enum's documented values


@dataclass(frozen=True)
class ModelDoc:
    """What api.md says about a model: its description and fields."""

    description: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Api:
    resources: tuple[Resource, ...]
    webhooks: tuple[Webhook, ...]
    rate_limit: RateLimit | None  # the account's
    base_url: str
    type_modules: Mapping[str, tuple[str, ...]]  # area module -> model names, in spec order
    schema_module: Mapping[str, str]  # model name -> its module under types
    models: Models
    model_docs: Mapping[str, ModelDoc]  # model name -> its fields, for api.md

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


def argument_name(param: dict[str, Any]) -> str:
    """The Python argument of a parameter: its `x-argument`, else its name
    (a header's in lower case: `X-Request-Tag` becomes `x_request_tag`)."""
    name = str(param.get("x-argument") or param["name"])
    return py_name(
        name.lower() if param.get("in") == "header" and "x-argument" not in param else name
    )


_PARAM_LOCATIONS: dict[str, Location] = {"query": "query", "path": "path", "header": "header"}


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
    """The Python name of a wire name: snake case (`countryCode` -> `country_code`;
    the wire name is still what is sent), a valid identifier, not a keyword."""
    if re.search(r"[a-z][A-Z]", wire):
        wire = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire).lower()
    name = re.sub(r"\W", "_", wire)
    if not name or name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in OPTION_NAMES:
        name += "_"
    return name


class _Builder:
    def __init__(self, bundle: Bundle):
        self.doc = bundle.document
        self.bundle = bundle
        self.problems = Problems()
        self.auth = AuthReader(self.doc)
        self.reader = SchemaReader(self.doc)

    def add(self, pointer: str, message: str) -> None:
        self.problems.add(pointer, message, self.bundle.locate(pointer))

    def is_model(self, schema: Any) -> bool:
        return self.reader.is_model(schema)

    def type(self, schema: Any, request: bool) -> PyType:
        return self.reader.type(schema, request)

    def model_doc(self, schema: Any) -> ModelDoc:
        props, required = object_properties(self.doc, schema)
        fields = []
        for wire, prop in props.items():
            target = deref(self.doc, prop)
            description = (prop or {}).get("description") or target.get("description")
            values = target.get("enum") if isinstance(target.get("enum"), list) else ()
            fields.append(
                Field(
                    wire,
                    self.type(prop, False),
                    wire in required,
                    str(description or ""),
                    tuple(values),
                )
            )
        return ModelDoc(str(schema.get("description") or ""), tuple(fields))

    def secret(self, auth: Auth) -> Param | None:
        """The argument of an operation's own secret (an integration key, a trigger token)."""
        scheme = auth.own
        if scheme is None:
            return None
        return Param(
            scheme.argument,
            py_name(scheme.argument),
            SCALARS["string"],
            True,
            scheme.description,
            "secret",
        )

    def operation(self, pointer: str, path: str, method: str, op: dict[str, Any]) -> Operation:
        op_id = op["operationId"]
        auth = self.auth.of(op)
        secret = self.secret(auth)
        media = body_media((op.get("requestBody") or {}).get("content"))
        params = ([secret] if secret is not None else []) + self.parameters(op)
        params += self.body_params(op, media)
        self.distinct_names(pointer, params)
        params.sort(key=lambda p: not p.required)  # required first, spec order kept within each

        kind, returns, data, bare = self.result(op)
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
            multipart=media is not None and media[0] == MULTIPART,
            bare=bare,
            unwrap=op.get("x-unwrap") if kind == "model" else None,
            replaced_by=op.get("x-replaced-by"),
        )

    def parameters(self, op: dict[str, Any]) -> list[Param]:
        """The arguments of the operation's parameters (query, path, header)."""
        params = []
        for raw in op.get("parameters") or []:
            param = deref(self.doc, raw)
            schema = param.get("schema") or {}
            params.append(
                Param(
                    param["name"],
                    argument_name(param),
                    self.reader.argument(schema),
                    bool(param.get("required")) or param.get("in") == "path",
                    str(param.get("description") or schema.get("description") or ""),
                    _PARAM_LOCATIONS[str(param.get("in"))],
                    self.reader.unix_time(schema),
                )
            )
        return params

    def body_params(self, op: dict[str, Any], media: tuple[str, Any] | None) -> list[Param]:
        """The arguments of the body: one per property, or the whole array body."""
        body_schema = (media[1].get("schema") or {}) if media else {}
        if not media:
            return []
        if schema_type(self.doc, body_schema) == "array":
            name = str(op.get("x-body-name"))
            description = str(body_schema.get("description") or "The request body, a list.")
            t = self.type(body_schema, True)
            return [Param(name, py_name(name), t, True, description, "root")]
        params = []
        props, required = object_properties(self.doc, body_schema)
        for wire, schema in props.items():
            unix_time = self.reader.unix_time(schema)
            t = self.reader.argument(schema)
            description = str(
                (schema or {}).get("description")
                or deref(self.doc, schema).get("description")
                or ""
            )
            location: Location = "file" if t == FILE else "body"
            params.append(
                Param(wire, py_name(wire), t, wire in required, description, location, unix_time)
            )
        return params

    def distinct_names(self, pointer: str, params: list[Param]) -> None:
        seen: dict[str, str] = {}
        for p in params:
            if p.name in seen:
                self.add(
                    pointer,
                    f"arguments {seen[p.name]!r} and {p.wire!r} map to the same Python name {p.name!r}",
                )
            seen[p.name] = p.wire

    def result(self, op: dict[str, Any]) -> tuple[Kind, PyType, PyType, bool]:
        """(kind, what a call returns, what the data is, whether the answer
        is bare: the data itself rather than the envelope) of an operation."""
        ok = deref(self.doc, (op.get("responses") or {}).get("200") or {})
        media = json_media(ok.get("content"))
        records = ndjson_media(ok.get("content"))
        if records is not None:
            # One JSON value per line. `type: array` names what each line is;
            # a JSON media type beside it is the envelope the server may send instead.
            schema = deref(self.doc, records[1].get("schema") or {})
            item = schema.get("items") if schema_type(self.doc, schema) == "array" else None
            returned = self.type(item, False) if isinstance(item, dict) else ANY
            data = envelope_data(self.doc, media[1].get("schema") or {}) if media else None
            typed = self.type(data, False) if isinstance(data, dict) else NONE
            return "stream", returned, typed, False
        if media is None:
            return "bytes", BYTES, BYTES, False
        schema = media[1].get("schema") or {}
        if op.get("x-envelope") is False:
            return (*self.data_result(op, schema), True)
        data = envelope_data(self.doc, schema)
        if data is None or data is False:
            return "none", NONE, NONE, False
        return (*self.data_result(op, data), False)

    def data_result(self, op: dict[str, Any], data: Any) -> tuple[Kind, PyType, PyType]:
        """(kind, what a call returns, what the data is validated as)."""
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
    closures = Closures(doc)
    for op_id, op in users:
        for name in closures.of(op).get("schemas", {}):
            area.setdefault(name, py_name(str(op_id).split(".")[0]))
    return area


def build(bundle: Bundle, models: Models) -> Api:
    """The IR of a bundle that passed validation, and the models made from it."""
    doc = bundle.document
    classes = models.classes
    builder = _Builder(bundle)
    # The reader tells models from the document alone (the diff has nothing
    # else); a model it names must be a class datamodel-code-generator made.
    missing = sorted(builder.reader.models - classes)
    if missing:
        raise RuntimeError(f"no model class was generated for {', '.join(missing)}")
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
    schemas = (doc.get("components") or {}).get("schemas") or {}
    schema_module = {n: f"{DEFS}.{m}" for n, m in sorted(models.modules.items()) if n in classes}
    return Api(
        resources=roots,
        webhooks=tuple(hooks),
        rate_limit=RateLimit.of(doc.get("x-rate-limit")),
        base_url=str(servers[0].get("url") or ""),
        type_modules={k: tuple(v) for k, v in sorted(type_modules.items())},
        schema_module=schema_module,
        models=models,
        model_docs={n: builder.model_doc(schemas.get(n) or {}) for n in schema_module},
    )
