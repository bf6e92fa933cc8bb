"""Small helpers over JSON schemas of the bundled document."""

from __future__ import annotations

from typing import Any, Iterator

from .problems import join, split

JSON_TYPES = {"application/json"}


def deref(doc: dict[str, Any], schema: Any) -> Any:
    """Follow `$ref`s (to `#/components/...`) until a schema without one."""
    seen = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return schema
        seen.add(ref)
        node: Any = doc
        for token in split(ref[1:]):
            node = node.get(token, {}) if isinstance(node, dict) else {}
        schema = node
    return schema


def component_refs(node: Any) -> list[str]:
    """Every `#/components/...` ref anywhere inside `node`, in document order."""
    found: list[str] = []
    _collect_refs(node, found)
    return found


_NESTS = (dict, list)


def _collect_refs(node: Any, found: list[str]) -> None:
    # Into a list, skipping scalars: nested generators cost a frame per level per value.
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            found.append(ref)
        for value in node.values():
            if isinstance(value, _NESTS):
                _collect_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, _NESTS):
                _collect_refs(value, found)


def ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None


def resolved(
    doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()
) -> tuple[Any, frozenset[str]]:
    """The schema behind `$ref`s, and the refs followed so far; None when a ref
    followed already comes back (the schema reaches itself) or cannot be
    followed: a recursive or broken document must read, not recurse."""
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen:
            return None, seen
        seen = seen | {ref}
        schema = deref(doc, {"$ref": ref})
        if isinstance(schema, dict) and schema.get("$ref") == ref:
            return None, seen  # a ref that cannot be followed (outside the document)
    return schema, seen


def schema_type(doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> str | None:
    """The JSON type a schema describes, looking through refs and allOf."""
    schema, seen = resolved(doc, schema, seen)
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((x for x in kind if x != "null"), None)
    if kind:
        return str(kind)
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    parts = schema.get("allOf")
    for part in parts if isinstance(parts, list) else []:
        found = schema_type(doc, part, seen)
        if found:
            return found
    return None


def object_properties(
    doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, allOf merged (an
    allOf that reaches itself adds nothing the second time)."""
    schema, seen = resolved(doc, schema, seen)
    props: dict[str, Any] = {}
    required: set[str] = set()
    if not isinstance(schema, dict):
        return props, required
    parts = schema.get("allOf")
    for part in parts if isinstance(parts, list) else []:
        p, r = object_properties(doc, part, seen)
        props.update(p)
        required |= r
    own = schema.get("properties")
    props.update(own if isinstance(own, dict) else {})
    names = schema.get("required")
    required |= {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()
    return props, required


def json_media(content: dict[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    """The JSON media type entry of a content map, if there is one."""
    for media, entry in (content or {}).items():
        if media.split(";")[0].strip() in JSON_TYPES:
            return media, entry if isinstance(entry, dict) else {}
    return None


# Media types of answers made of one JSON value per line.
NDJSON_TYPES = {
    "application/x-ndjson",
    "application/ndjson",
    "application/jsonl",
    "application/x-jsonlines",
}


def ndjson_media(content: dict[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    """The NDJSON media type entry of a content map, if there is one."""
    for media, entry in (content or {}).items():
        if media.split(";")[0].strip().lower() in NDJSON_TYPES:
            return media, entry or {}
    return None


def widen_nulls(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of the document in which every property (and map value) that
    holds an array or an object also accepts `null`: the server is written in
    Go and sends empty collections as null. Used to check response examples
    and to build the models, which must parse what the server really sends.

    Only the containers on the way to what is widened are copied (widening
    builds new schemas anyway); the rest, examples included, is shared with
    `doc`, which nothing changes once bundled."""
    out = dict(doc)
    literal = ("example", "examples", "enum", "const", "default", "required", "x-pagination")

    def widen(node: Any, slot: bool) -> Any:
        if isinstance(node, list):
            return [widen(v, False) for v in node]
        if not isinstance(node, dict):
            return node
        new: dict[str, Any] = {}
        for key, value in node.items():
            if key in literal:
                new[key] = value
            elif key == "properties" and isinstance(value, dict):
                new[key] = {name: widen(prop, True) for name, prop in value.items()}
            elif key == "additionalProperties" and isinstance(value, dict):
                new[key] = widen(value, True)
            else:
                new[key] = widen(value, False)
        if not slot:
            return new
        kind = schema_type(out, new)
        if kind not in ("object", "array"):
            return new
        if "$ref" in new:
            rest = {k: v for k, v in new.items() if k != "$ref"}
            return {"anyOf": [{"$ref": new["$ref"]}, {"type": "null"}], **rest}
        if new.get("type") in ("object", "array"):
            new["type"] = [new["type"], "null"]
        elif "allOf" in new:
            return {
                "anyOf": [{k: v for k, v in new.items() if k != "description"}, {"type": "null"}],
                **({"description": new["description"]} if "description" in new else {}),
            }
        return new

    if isinstance(out.get("components"), dict) and "schemas" in out["components"]:
        components = out["components"] = dict(out["components"])
        # Widened in place, in order: a later schema's refs see the earlier ones widened.
        schemas = components["schemas"] = dict(components["schemas"])
        for name, schema in list(schemas.items()):
            schemas[name] = widen(schema, False)
    for section, part in (("paths", "responses"), ("webhooks", "requestBody")):
        if out.get(section):
            out[section] = {
                name: _with_part(item, part, widen) for name, item in out[section].items()
            }
    return out


def _with_part(item: Any, part: str, widen: Any) -> Any:
    """A copy of a path (or webhook) item whose operations have `part` widened."""
    if not isinstance(item, dict):
        return item
    return {
        method: (
            {**op, part: widen(op[part], False)} if isinstance(op, dict) and part in op else op
        )
        for method, op in item.items()
    }


METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) for every operation, in spec order."""
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                yield join("/paths", path, method), path, method, op


def webhooks(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(pointer, name, operation) of every webhook the API sends."""
    for name, item in (doc.get("webhooks") or {}).items():
        op = (item or {}).get("post")
        if isinstance(op, dict):
            yield join("/webhooks", name, "post"), name, op
