"""The one reader of schemas: what a schema is in Python (the IR's type
objects), whether it became a model class, whether a response is the
envelope and what its data is, which media type a body is sent as, and
what an operationId must look like. The validator, the IR, api.md and the
diff ask here rather than working it out again."""

from __future__ import annotations

import re
from typing import Any

from .pytypes import (
    ANY,
    ANY_MAP,
    ARG_MAP,
    BYTES,
    DATETIME,
    ENUM_VALUE,
    FILE,
    SCALARS,
    Generic,
    LiteralOf,
    Model,
    PyType,
    Unnamed,
    optional,
    union,
)
from .schemas import deref, json_media, object_properties, ref_name, resolved, schema_type

# area.resource.method, dotted snake case: the SDK method it becomes.
OPERATION_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
MULTIPART = "multipart/form-data"
ENVELOPE = "Envelope"  # the schema every success answer is, unless `x-envelope: false`


def body_media(content: Any) -> tuple[str, dict[str, Any]] | None:
    """(media type, entry) a request body is sent as: JSON, else a multipart form."""
    if not isinstance(content, dict):
        return None
    found = json_media(content) or next(
        ((m, e) for m, e in content.items() if m == MULTIPART), None
    )
    return None if found is None else (found[0], found[1] if isinstance(found[1], dict) else {})


def envelope_data(doc: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The `data` schema of an envelope response: a schema, None when the
    operation has no payload, or False when the schema is not an envelope."""
    if ref_name(schema) == ENVELOPE:
        return None
    parts = schema.get("allOf") if isinstance(schema, dict) else None
    if not parts or not any(ref_name(p) == ENVELOPE for p in parts):
        return False
    for part in parts:
        if ref_name(part) != ENVELOPE:
            target = deref(doc, part)
            props = target.get("properties") if isinstance(target, dict) else None
            data = props.get("data") if isinstance(props, dict) else None
            if data is not None:
                return data
    return None


def fields_media(doc: dict[str, Any], content: Any) -> tuple[str, dict[str, Any]] | None:
    """`body_media` for a document we did not write (the diff reads the
    vendor's): where that finds nothing, any other JSON type (`+json`), any
    multipart type, then any media type (`*/*`, a form) whose schema is an
    object or an array: what such a body holds is still fields."""
    found = body_media(content)
    if found is not None or not isinstance(content, dict):
        return found
    entries = [(str(m), e if isinstance(e, dict) else {}) for m, e in content.items()]
    essences = [media.split(";")[0].strip().lower() for media, _ in entries]
    rounds = (
        [e.endswith("+json") for e in essences],
        [e.startswith("multipart/") for e in essences],
        [schema_type(doc, entry.get("schema")) in ("object", "array") for _, entry in entries],
    )
    for chosen in rounds:
        if any(chosen):
            return entries[chosen.index(True)]
    return None


def answer_data(doc: dict[str, Any], schema: Any) -> Any:
    """`envelope_data` for a document we did not write: the house envelope,
    else an object of `request_id` and `data` (how the vendor's documents
    spell the envelope inline); False when the answer is not an envelope."""
    data = envelope_data(doc, schema) if isinstance(schema, dict) else False
    if data is not False:
        return data
    props, _ = object_properties(doc, schema)
    return props["data"] if "data" in props and "request_id" in props else False


def _container(origin: str, item: PyType, request: bool) -> str:
    """The container an argument is typed with: read-only and covariant, so
    that a tuple, a `Mapping` or a caller's own `list[Model]` type-check
    (a `List` is invariant): `SequenceNotStr` (any sequence but a `str`,
    which is a sequence of strings too) and `Mapping`."""
    if request:
        return "SequenceNotStr" if origin == "List" else "Mapping"
    return origin


def _has_fields(doc: dict[str, Any], schema: Any) -> bool:
    """An object schema with fields of its own (or merged from allOf): what
    datamodel-code-generator makes a class of. An object without them is a
    map, `Dict[str, Any]`."""
    return (
        isinstance(schema, dict)
        and schema_type(doc, schema) == "object"
        and (bool(schema.get("properties")) or bool(schema.get("allOf")))
    )


def model_schemas(doc: dict[str, Any]) -> frozenset[str]:
    """The component schemas that become model classes, read from the
    document alone (the diff reads documents it does not generate from);
    ir.build checks that the models stage made a class of each."""
    components = doc.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        return frozenset()
    return frozenset(str(n) for n, s in schemas.items() if _has_fields(doc, s))


class SchemaReader:
    """Schemas of one document as the IR's types. A schema that reaches
    itself through refs (an alias of a list of itself, a oneOf naming
    itself) is `Any` where it comes back: any document reads, none recurses."""

    def __init__(self, doc: dict[str, Any]):
        self.doc = doc
        self.models = model_schemas(doc)

    def is_model(self, schema: Any) -> bool:
        """A $ref to an object schema that became a model class (not an
        alias, a list or a map, which are inlined)."""
        name = ref_name(schema)
        return name is not None and name in self.models

    def unix_time(self, schema: Any) -> str | None:
        """The unit (`seconds`, `milliseconds`) of an argument that is a point
        in time (`x-unix-time`), else None."""
        target = deref(self.doc, schema)
        unit = target.get("x-unix-time") if isinstance(target, dict) else None
        return str(unit) if unit else None

    def argument(self, schema: Any) -> PyType:
        """The type of a keyword argument: its schema's, and a `datetime` too
        for a point in time (not inside nested objects, which take the number)."""
        t = self.type(schema, True)
        return union(t, DATETIME) if self.unix_time(schema) else t

    def type(self, schema: Any, request: bool, seen: frozenset[str] = frozenset()) -> PyType:
        """The type of a schema as an argument (`request`) or in a result;
        `seen`: the refs followed to get here."""
        if not isinstance(schema, dict) or not schema:
            return ANY
        if self.is_model(schema):
            name = ref_name(schema)
            assert name
            return union(Model(name), ARG_MAP) if request else Model(name)
        if "$ref" in schema:
            target, seen = resolved(self.doc, schema, seen)
            return ANY if target is schema else self.type(target, request, seen)
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return union(*(self.type(s, request, seen) for s in schema[key]))
        parts = schema.get("allOf")
        if isinstance(parts, list) and len(parts) == 1:
            return self.type(parts[0], request, seen)
        if _has_fields(self.doc, schema):
            # Only outside the house rules, which name every such object
            # (validate.inline_objects): the vendor's documents, to the diff.
            return union(Unnamed(), ARG_MAP) if request else Unnamed()
        if isinstance(parts, list) and parts:
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
            # EnumValue: what a model field read from an answer holds besides
            # the literals (see _types.py), so that it can be sent back.
            t = LiteralOf(tuple(schema["enum"]))
            if kind == "string":
                t = union(t, ENUM_VALUE)
        elif isinstance(kind, str) and kind in SCALARS:
            t = SCALARS[kind]
        elif kind == "array":
            item = self.type(schema.get("items") or {}, request, seen)
            t = Generic(_container("List", item, request), item)
        elif kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            item = self.type(extra, request, seen) if isinstance(extra, dict) else ANY
            t = Generic(_container("Dict", item, request), item)
        else:
            t = ANY
        return optional(t) if nullable else t
