"""Stage 3: the intermediate representation. Everything the templates need,
computed once from the bundled spec; templates never read the spec itself."""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from .load import Bundle
from .models import DEFS
from .problems import Problems, join
from .schemas import deref, json_media, object_properties, operations, ref_name, schema_type, webhooks
from .validate import envelope_data

OPTION_NAMES = {"timeout", "max_retries", "extra_headers", "options", "args", "self"}
# Resource classes have methods named `list` (and maybe `dict`), which would
# shadow the builtins in annotations inside the class: use typing's aliases.
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass
class Param:
    wire: str
    name: str
    annotation: str
    required: bool
    description: str
    location: str  # body | query | file | secret | root (the whole body is this argument)
    model: str | None = None
    shape: str = ""  # containers around the model, outermost first: "l" list, "m" map
    unix_time: str | None = None  # "seconds" | "milliseconds": a point in time, datetime accepted

    def __post_init__(self) -> None:
        if self.unix_time:
            self.annotation += " | datetime"


@dataclass
class Operation:
    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    kind: str
    returns: str  # the method's return annotation, sync
    data_type: str  # what the envelope's data is validated as
    item_type: str | None
    paging: dict[str, str] | None
    idempotent: bool
    deprecated: bool
    unverified: bool
    permission: str | None
    rate_limit: str | None
    auth: str
    endpoint: str  # module-level constant name
    multipart: bool = False
    unwrap: str | None = None
    limits: tuple[float | None, float | None] | None = None  # the operation's own (per second, per minute)
    replaced_by: str | None = None  # operationId of what replaces a deprecated operation

    @property
    def deprecation(self) -> str:
        """The warning a deprecated method gives."""
        return f"{self.operation_id} is deprecated; use client.{self.replaced_by} instead"

    @property
    def body_params(self) -> list[Param]:
        return [p for p in self.params if p.location in ("body", "query", "file", "secret")]

    def docstring(self, indent: int) -> str:
        width = 88 - indent
        parts = [self.summary.rstrip(".") + "."]
        if self.description.strip():
            parts.append(_fill(self.description, width))
        if self.deprecated:
            parts.append(f"Deprecated: use `client.{self.replaced_by}` instead.")
        if self.unverified:
            parts.append("Unverified: known only from the product catalog; the body mirrors its siblings.")
        facts = []
        if self.permission:
            facts.append(f"Permission: {self.permission}.")
        if self.rate_limit:
            facts.append(f"Rate limit: {self.rate_limit}.")
        facts.append(f"HTTP: {self.http_method} {self.path}")
        parts.append("\n".join(facts))
        lines = ["Args:"]
        for p in self.params:
            text = p.description or "See the API reference."
            if p.unix_time:
                text += " An aware `datetime` is accepted too."
            lines.append(_fill(f"{p.name}: {text}", width - 4, hang=4))
        lines.append(_fill("**options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and `extra_body` for this call.", width - 4, hang=4))
        parts.append("\n".join("    " + line if i else line for i, line in enumerate("\n".join(lines).split("\n"))))
        return "\n\n".join(parts)


@dataclass
class Resource:
    path: tuple[str, ...]
    operations: list[Operation] = field(default_factory=list)
    children: list["Resource"] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return "".join(_camel(p) for p in self.path)

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        """Each resource class (with its async twin) has a module of its own,
        so using one resource loads neither its siblings nor its children."""
        return "_".join(self.path)

    def walk(self) -> list["Resource"]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


@dataclass
class Webhook:
    name: str
    model: str
    event_types: list[str]
    summary: str
    description: str


@dataclass
class Api:
    title: str
    version: str
    resources: list[Resource]
    webhooks: list[Webhook]
    rate_limit: dict[str, float]
    type_modules: dict[str, list[str]]  # area module -> schema names, in spec order
    schema_module: dict[str, str]  # schema name -> its module under types (see attach_models)

    def attach_models(self, classes: set[str], def_modules: dict[str, str]) -> None:
        """Learn where the models stage put each schema. Only schemas that
        became classes are importable: aliases, enums and maps are inlined
        into the annotations of the models that use them."""
        self.schema_module = {n: f"{DEFS}.{m}" for n, m in def_modules.items() if n in classes}
        self.type_modules = {
            area: kept for area, names in self.type_modules.items() if (kept := [n for n in names if n in classes])
        }

    def webhook_imports(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for hook in self.webhooks:
            names = out.setdefault(self.schema_module[hook.model], [])
            if hook.model not in names:
                names.append(hook.model)
        return dict(sorted(out.items()))

    def imports_for(self, resource: Resource) -> dict[str, list[str]]:
        """Model names a resource module needs, by types module."""
        names: set[str] = set()
        for op in resource.operations:
            for text in [op.returns, op.data_type, op.item_type or ""] + [p.annotation for p in op.params]:
                names |= set(re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", text)) & set(self.schema_module)
        out: dict[str, list[str]] = {}
        for name in sorted(names):
            out.setdefault(self.schema_module[name], []).append(name)
        return dict(sorted(out.items()))


def _unix_time(schema: Any) -> str | None:
    unit = schema.get("x-unix-time") if isinstance(schema, dict) else None
    return str(unit) if unit else None


def _camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def _fill(text: str, width: int, hang: int = 0) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    filled = [
        textwrap.fill(" ".join(p.split()), width=max(width, 40), subsequent_indent=" " * hang,
                      break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
    ]
    return "\n\n".join(filled).replace('"""', "'''").replace("\\", "\\\\")


def _literal(value: Any) -> str:
    """A Literal member as black writes it (double quotes)."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


def py_name(wire: str) -> str:
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

    def add(self, pointer: str, message: str) -> None:
        self.problems.add(pointer, message, self.bundle.locate(pointer))

    def is_model(self, schema: Any) -> bool:
        name = ref_name(schema)
        if name is None:
            return False
        target = deref(self.doc, schema)
        return schema_type(self.doc, target) == "object" and (
            bool(target.get("properties")) or bool(target.get("allOf"))
        )

    def annotation(self, schema: Any, request: bool) -> tuple[str, str | None, str]:
        """(annotation, model name, shape) of a schema as an argument or result."""
        if not isinstance(schema, dict) or not schema:
            return "Any", None, ""
        if self.is_model(schema):
            name = ref_name(schema)
            assert name
            return (f"{name} | Dict[str, Any]" if request else name), name, ""
        if "$ref" in schema:
            return self.annotation(deref(self.doc, schema), request)
        for key in ("anyOf", "oneOf"):
            if schema.get(key):
                parts = [self.annotation(s, request)[0] for s in schema[key]]
                return " | ".join(dict.fromkeys(parts)), None, ""
        if schema.get("allOf"):
            if len(schema["allOf"]) == 1:
                return self.annotation(schema["allOf"][0], request)
            return "Dict[str, Any]", None, ""
        if "const" in schema:
            return f"Literal[{_literal(schema['const'])}]", None, ""
        kind = schema.get("type")
        nullable = isinstance(kind, list) and "null" in kind
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind == "string" and schema.get("format") == "binary":
            text = "FileInput" if request else "bytes"
        elif "enum" in schema and request:
            text = "Literal[" + ", ".join(_literal(v) for v in schema["enum"]) + "]"
        elif kind in SCALARS:
            text = SCALARS[kind]
        elif kind == "array":
            inner, model, shape = self.annotation(schema.get("items") or {}, request)
            if model and request:
                return f"List[{inner}]", model, "l" + shape
            text = f"List[{inner}]"
        elif kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                inner, model, shape = self.annotation(extra, request)
                if model and request:
                    return f"Dict[str, {inner}]", model, "m" + shape
                text = f"Dict[str, {inner}]"
            else:
                text = "Dict[str, Any]"
        else:
            text = "Any"
        return (f"{text} | None" if nullable and text != "Any" else text), None, ""

    def operation(self, pointer: str, path: str, method: str, op: dict[str, Any]) -> Operation:
        op_id = op["operationId"]
        params: list[Param] = []
        security = op.get("security", self.doc.get("security") or [])
        auth = "app_key" if security else "none"
        for requirement in security:
            if "IntegrationKey" in requirement:
                auth = "integration_key"
        if auth == "integration_key":
            params.append(Param("integration_key", "integration_key", "str", True,
                                "Key of the integration that receives the event (sent in the query string).",
                                "secret"))
        for raw in op.get("parameters") or []:
            param = deref(self.doc, raw)
            schema = param.get("schema") or {}
            ann, model, shape = self.annotation(schema, True)
            params.append(Param(param["name"], py_name(param["name"]), ann, bool(param.get("required")),
                                str(param.get("description") or schema.get("description") or ""), "query",
                                model, shape, _unix_time(schema)))
        body = op.get("requestBody") or {}
        content = body.get("content") or {}
        media = json_media(content) or next(((m, e) for m, e in content.items() if m == "multipart/form-data"), None)
        body_schema = (media[1].get("schema") or {}) if media else {}
        if media and schema_type(self.doc, body_schema) == "array":
            name = str(op.get("x-body-name"))
            ann, model, shape = self.annotation(body_schema, True)
            description = str(body_schema.get("description") or "The request body, a list.")
            params.append(Param(name, py_name(name), ann, True, description, "root", model, shape))
        elif media:
            props, required = object_properties(self.doc, media[1].get("schema") or {})
            for wire, schema in props.items():
                ann, model, shape = self.annotation(schema, True)
                location = "file" if ann == "FileInput" else "body"
                description = str((schema or {}).get("description") or deref(self.doc, schema).get("description") or "")
                params.append(Param(wire, py_name(wire), ann, wire in required, description, location, model, shape,
                                    _unix_time(deref(self.doc, schema))))
        seen: dict[str, str] = {}
        for p in params:
            if p.name in seen:
                self.add(pointer, f"arguments {seen[p.name]!r} and {p.wire!r} map to the same Python name {p.name!r}")
            seen[p.name] = p.wire
        params.sort(key=lambda p: not p.required)  # required first, spec order kept within each group

        multipart = bool(media) and media[0] == "multipart/form-data"
        kind, returns, data_type, item_type = self.result(pointer, op)
        segments = op_id.split(".")
        rate = op.get("x-rate-limit")
        rate_text = None
        if isinstance(rate, dict):
            rate_text = ", ".join(f"{v} per {k.split('_', 1)[1]}" for k, v in rate.items() if k.startswith("per_"))
        return Operation(
            operation_id=op_id,
            name=py_name(segments[-1]),
            http_method=method.upper(),
            path=path,
            summary=str(op.get("summary") or "").strip(),
            description=str(op.get("description") or ""),
            params=params,
            kind=kind,
            returns=returns,
            data_type=data_type,
            item_type=item_type,
            paging=op.get("x-pagination") if kind == "page" else None,
            idempotent=bool(op.get("x-idempotent")),
            deprecated=bool(op.get("deprecated")),
            unverified=bool(op.get("x-unverified")),
            permission=op.get("x-permission"),
            rate_limit=rate_text,
            auth=auth,
            endpoint="_" + "_".join(segments[1:]).upper(),
            multipart=multipart,
            unwrap=op.get("x-unwrap") if kind == "model" else None,
            limits=(rate.get("per_second"), rate.get("per_minute")) if isinstance(rate, dict) else None,
            replaced_by=op.get("x-replaced-by"),
        )

    def result(self, pointer: str, op: dict[str, Any]) -> tuple[str, str, str, str | None]:
        """(kind, return annotation, data type, item type) of an operation."""
        ok = deref(self.doc, (op.get("responses") or {}).get("200") or {})
        media = json_media(ok.get("content"))
        if media is None:
            return "bytes", "bytes", "bytes", None
        data = envelope_data(self.doc, media[1].get("schema") or {})
        if data is None or data is False:
            return "none", "None", "None", None
        ann, model, _ = self.annotation(data, False)
        if op.get("x-pagination") and model:
            items_name = op["x-pagination"]["items"]
            props, _ = object_properties(self.doc, data)
            item_ann = self.annotation((props.get(items_name) or {}).get("items") or {}, False)[0]
            return "page", f"SyncPage[{item_ann}]", ann, item_ann
        if schema_type(self.doc, data) == "array":
            return "list", ann, ann, None
        unwrap = op.get("x-unwrap")
        if model and isinstance(unwrap, str):
            props, required = object_properties(self.doc, data)
            inner = self.annotation(props.get(unwrap) or {}, False)[0]
            if unwrap not in required and not inner.endswith("| None") and inner != "Any":
                inner += " | None"
            return "model", inner, ann, None
        if model:
            return "model", ann, ann, None
        return "value", ann, ann, None


def build(bundle: Bundle) -> Api:
    doc = bundle.document
    area_of = {
        key.split("/", 1)[1]: _module_of(path)
        for key, path in bundle.component_files.items()
        if key.startswith("schemas/")
    }
    builder = _Builder(bundle)
    roots: dict[str, Resource] = {}
    index: dict[tuple[str, ...], Resource] = {}
    for pointer, path, method, op in operations(doc):
        operation = builder.operation(pointer, path, method, op)
        segments = tuple(operation.operation_id.split(".")[:-1])
        for depth in range(1, len(segments) + 1):
            key = segments[:depth]
            if key not in index:
                index[key] = Resource(key)
                if depth == 1:
                    roots[key[0]] = index[key]
                else:
                    index[key[:-1]].children.append(index[key])
        index[segments].operations.append(operation)
    modules: dict[str, tuple[str, ...]] = {}
    for resource in index.values():
        if resource.module in modules:
            builder.add("/paths", f"resources {'.'.join(resource.path)} and {'.'.join(modules[resource.module])} "
                        f"would share the module {resource.module!r}")
        modules[resource.module] = resource.path
        children = {c.attr for c in resource.children}
        for op in resource.operations:
            if op.name in children:
                builder.add("/paths", f"{op.operation_id}: a method and a sub-resource of {'.'.join(resource.path)} are both named {op.name!r}")
    builder.problems.raise_if_any()
    type_modules: dict[str, list[str]] = {}
    for name in doc.get("components", {}).get("schemas", {}):
        type_modules.setdefault(area_of[name], []).append(name)
    info = doc.get("info") or {}
    hooks = []
    for _, name, op in webhooks(doc):
        media = json_media((op.get("requestBody") or {}).get("content"))
        model = ref_name(media[1].get("schema")) if media else None
        if model:
            hooks.append(Webhook(name, model, list(op.get("x-event-types") or []),
                                 str(op.get("summary") or ""), str(op.get("description") or "")))
    return Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        resources=[roots[k] for k in roots],
        webhooks=hooks,
        rate_limit={k: v for k, v in (doc.get("x-rate-limit") or {}).items() if k.startswith("per_")},
        type_modules=dict(sorted(type_modules.items())),
        schema_module={},
    )


def _module_of(path: str) -> str:
    stem = path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return py_name(stem.replace("-", "_"))
