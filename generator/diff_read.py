"""What an operation of an OpenAPI document is to the SDK, as the diff sees it:
its keyword arguments, what it returns, its error codes, a webhook's event
types. (The Python type of a schema is the reader's: see diff_types.)

Only the document is read (the house rules are not required: the vendor's
documents must compare too), and any document must be readable: schemas
that reach themselves through `$ref`, `allOf`, `anyOf` or `oneOf` end where
they would loop, so no input makes the diff recurse without end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .ir import py_name
from .reader import OPERATION_ID, answer_data, fields_media
from .schemas import METHODS, deref, object_properties, resolved, schema_type

Doc = dict[str, Any]

MAX_DEPTH = 12  # schemas nest a few levels; this only stops pathological nesting
_NULL = {"type": "null"}


def seq(value: Any) -> list[Any]:
    """A list where the document has one, else empty: any document must read."""
    return value if isinstance(value, list) else []


def mapping(value: Any) -> dict[Any, Any]:
    """A mapping where the document has one, else empty."""
    return value if isinstance(value, dict) else {}


def sdk_method(operation_id: Any) -> str | None:
    """`client.incidents.info` for the operationId `incidents.info` (see ir.py);
    None for an id the generator would not accept (the vendor's camelCase)."""
    if not isinstance(operation_id, str) or not OPERATION_ID.match(operation_id):
        return None
    *resources, name = operation_id.split(".")
    return ".".join(["client", *resources, py_name(name)])


def area(op: Any) -> str | None:
    """The area an operation belongs to: its first tag, else the first part of
    an SDK operationId."""
    if not isinstance(op, dict):
        return None
    tags = op.get("tags")
    if isinstance(tags, list) and tags and isinstance(tags[0], str):
        return tags[0]
    method = sdk_method(op.get("operationId"))
    return method.split(".")[1] if method else None


def operations(doc: Doc) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """("POST /incident/info", path item, operation) for every operation."""
    for path, item in mapping(doc.get("paths")).items():
        item = deref(doc, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield f"{method.upper()} {path}", item, op


def single(doc: Doc, schema: Any) -> Any:
    """The schema itself, or the one non-null member of an anyOf/oneOf (how a
    nullable model is written): looking through it keeps the fields comparable."""
    seen: frozenset[str] = frozenset()
    while True:
        schema, seen = resolved(doc, schema, seen)
        if not isinstance(schema, dict):
            return schema
        members = None
        for key in ("anyOf", "oneOf"):
            found = [m for m in seq(schema.get(key)) if deref(doc, m) != _NULL]
            if len(found) == 1:
                members = found
                break
        if members is None:
            return schema
        schema = members[0]  # ends: inline schemas are finite, refs are followed once


def enum_values(doc: Doc, schema: Any, seen: frozenset[str] = frozenset()) -> list[Any] | None:
    """The values a schema allows when it is an enum (or const), else None."""
    schema, seen = resolved(doc, schema, seen)
    if not isinstance(schema, dict):
        return None
    for key in ("anyOf", "oneOf"):  # a nullable enum: the one non-null member
        members = [m for m in seq(schema.get(key)) if deref(doc, m) != _NULL]
        if len(members) == 1:
            return enum_values(doc, members[0], seen)
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    if "const" in schema:
        return [schema["const"]]
    for part in seq(schema.get("allOf")):
        found = enum_values(doc, part, seen)
        if found is not None:
            return found
    return None


def nullable(doc: Doc, schema: Any, seen: frozenset[str] = frozenset()) -> bool:
    """Whether null is an allowed value: a `null` type (3.1), `nullable: true`
    (3.0), a null member of anyOf/oneOf, or null in the enum."""
    schema, seen = resolved(doc, schema, seen)
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if schema.get("nullable") is True:
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    for key in ("anyOf", "oneOf"):
        if any(nullable(doc, m, seen) for m in seq(schema.get(key))):
            return True
    return False


def deprecated(doc: Doc, schema: Any) -> bool:
    """Marked deprecated, beside a `$ref` or in the schema it points to."""
    if isinstance(schema, dict) and schema.get("deprecated") is True:
        return True
    target, _ = resolved(doc, schema, frozenset())
    return isinstance(target, dict) and target.get("deprecated") is True


@dataclass(frozen=True)
class Argument:
    schema: Any
    required: bool
    deprecated: bool


def _parameters(doc: Doc, item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters: the path item's, overridden by the
    operation's own of the same name and place (as OpenAPI defines them)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(seq(item.get("parameters"))), *(seq(op.get("parameters")))]:
        param = deref(doc, raw)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            found[(param["name"], str(param.get("in")))] = param
    return list(found.values())


def arguments(doc: Doc, item: dict[str, Any], op: dict[str, Any]) -> dict[str, Argument]:
    """Wire name -> argument, for every keyword argument the SDK method takes:
    parameters (the path item's too) and the properties of the body (or the
    body itself when it is an array, named by x-body-name)."""
    out: dict[str, Argument] = {}
    for param in _parameters(doc, item, op):
        if param.get("in") in ("query", "path", "header"):
            required = bool(param.get("required")) or param.get("in") == "path"
            schema = param.get("schema") or {}
            marked = param.get("deprecated") is True or deprecated(doc, schema)
            out[str(param["name"])] = Argument(schema, required, marked)
    body = deref(doc, op.get("requestBody") or {})
    media = fields_media(doc, body.get("content") if isinstance(body, dict) else None)
    if media is None:
        return out
    schema = media[1].get("schema") or {}
    if schema_type(doc, schema) == "array":
        out[str(op.get("x-body-name") or "body")] = Argument(schema, True, False)
        return out
    props, required_names = object_properties(doc, schema)
    for wire, prop in props.items():
        out[wire] = Argument(prop, wire in required_names, deprecated(doc, prop))
    return out


_ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "nullable"}


def result(doc: Doc, op: dict[str, Any]) -> Any:
    """Schema of what the SDK method returns: the envelope's `data` when the
    success response is the `{request_id, data}` envelope, `bytes` for a
    download, the whole body otherwise; None when nothing is declared."""
    responses = mapping(op.get("responses"))
    ok = next((responses[s] for s in sorted(responses, key=str) if str(s).startswith("2")), None)
    response = deref(doc, ok)
    if not isinstance(response, dict):
        return None
    media = fields_media(doc, response.get("content"))
    if media is None:
        return {"type": "string", "format": "binary"} if response.get("content") else None
    schema = media[1].get("schema") or {}
    data = answer_data(doc, schema)
    if data is False:
        return schema
    return None if data is None or _no_payload(doc, data) else data


def _no_payload(doc: Doc, data: Any) -> bool:
    """True when an envelope's `data` says nothing (the bare envelope), is
    always null (`type: null`, as the vendor's safari document says it) or is
    declared empty (`additionalProperties: false` or `properties: {}` alone):
    the SDK method returns None."""
    data = deref(doc, data)
    if not isinstance(data, dict) or set(data) <= _ANNOTATIONS:
        return True
    if data.get("type") == "null" and set(data) - {"type"} <= _ANNOTATIONS:
        return True
    closed = data.get("additionalProperties") is False or (
        data.get("properties") == {} and "additionalProperties" not in data
    )
    return closed and not data.get("properties") and not data.get("allOf")


def error_codes(doc: Doc, op: dict[str, Any]) -> set[str]:
    """Every `error.code` value an operation's error responses list."""
    codes: set[str] = set()
    for status, raw in mapping(op.get("responses")).items():
        if str(status)[:1] in ("1", "2", "3"):
            continue
        response = deref(doc, raw)
        media = fields_media(doc, response.get("content")) if isinstance(response, dict) else None
        if media is None:
            continue
        props, _ = object_properties(doc, media[1].get("schema") or {})
        if "error" in props:
            inner, _ = object_properties(doc, props["error"])
            codes |= {str(v) for v in enum_values(doc, inner.get("code")) or []}
    return codes


def webhooks(doc: Doc) -> dict[str, dict[str, Any]]:
    """Name -> the POST operation of every webhook the API sends."""
    out: dict[str, dict[str, Any]] = {}
    for name, item in mapping(doc.get("webhooks")).items():
        op = (deref(doc, item) or {}).get("post") if isinstance(item, dict) else None
        if isinstance(op, dict):
            out[str(name)] = op
    return out


def payload(doc: Doc, hook: dict[str, Any]) -> Any:
    """Schema of the body a webhook sends (what `flashduty.webhooks.parse`
    returns), or None."""
    body = deref(doc, hook.get("requestBody") or {})
    media = fields_media(doc, body.get("content") if isinstance(body, dict) else None)
    return None if media is None else media[1].get("schema")


def event_types(doc: Doc, hook: dict[str, Any]) -> set[str]:
    """The event types a webhook payload carries: x-event-types, or else the
    enum of its body's `event_type` field."""
    declared = hook.get("x-event-types")
    if isinstance(declared, list):
        return {str(v) for v in declared}
    body = deref(doc, hook.get("requestBody") or {})
    media = fields_media(doc, body.get("content") if isinstance(body, dict) else None)
    if media is None:
        return set()
    props, _ = object_properties(doc, media[1].get("schema") or {})
    return {str(v) for v in enum_values(doc, props.get("event_type")) or []}


def _scheme(doc: Doc, name: str) -> str:
    """A security scheme by what a caller must hold, not by its name (the
    vendor's documents and ours name them differently)."""
    schemes = mapping(mapping(doc.get("components")).get("securitySchemes"))
    scheme = mapping(deref(doc, schemes.get(name)))
    kind = scheme.get("type")
    if kind == "apiKey":
        return f"{scheme.get('in')} key `{scheme.get('name')}`"
    if kind == "http":
        return f"{str(scheme.get('scheme', '')).lower()} token"
    return str(kind or name)


def credentials(doc: Doc, op: dict[str, Any]) -> frozenset[frozenset[str]]:
    """The credentials an operation accepts: each alternative the set of
    schemes it needs together (the empty set: none needed)."""
    security = op["security"] if "security" in op else doc.get("security")
    if not isinstance(security, list) or not security:
        return frozenset({frozenset()})
    return frozenset(
        frozenset(_scheme(doc, str(name)) for name in requirement)
        for requirement in security
        if isinstance(requirement, dict)
    )


def shown_credentials(alternatives: frozenset[frozenset[str]]) -> str:
    parts = sorted(" + ".join(sorted(a)) or "none" for a in alternatives)
    return " or ".join(parts) or "none"
