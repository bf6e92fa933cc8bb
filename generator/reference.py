"""The API reference (api.md): every method and every model, in Markdown.

It reads the IR only through the few attributes named in `_method` and
`_area` (names, HTTP facts, arguments, results) and the bundled document for
the fields of models, so a change inside the IR's construction leaves it alone."""

from __future__ import annotations

import re
from typing import Any, Iterable

from .ir import Api
from .schemas import deref, object_properties, ref_name

HEADER = """# API reference

Generated from `spec/` by `make regenerate`; do not edit. Every method is shown
on the sync client; `flashduty.AsyncFlashduty` has the same methods, to be
awaited (list methods return a pager: `await` it for the first page, or
`async for` over it for every item). Every method also takes the per-call
options `timeout`, `max_retries`, `extra_headers`, `extra_query` and
`extra_body`. Models are importable from `flashduty.types`.
"""


def reference(api: Api, document: dict[str, Any]) -> str:
    """The text of api.md for an API (the IR) and its bundled document."""
    areas = [(root, list(root.walk())) for root in api.resources]
    count = sum(len(r.operations) for _, walked in areas for r in walked)
    models = sorted(api.schema_module)
    out = [HEADER]
    out.append(f"{count} methods in {len(areas)} areas; {len(models)} models.\n")
    out.append("## Contents\n")
    for root, walked in areas:
        names = ", ".join(f"[`{_dotted(r)}`](#{_slug(_dotted(r))})" for r in walked if r.operations)
        out.append(f"- {names}")
    out.append("- [Models](#models)\n")
    for root, walked in areas:
        for resource in walked:
            if resource.operations:
                out.append(_area(resource, set(models)))
    out.append("## Models\n")
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in models:
        out.append(_model(document, name, schemas.get(name) or {}, set(models)))
    return "\n".join(out).rstrip("\n") + "\n"


def _dotted(resource: Any) -> str:
    return "client." + ".".join(resource.path)


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _link_types(text: str, models: set[str]) -> str:
    """Model names in an annotation linked to their section."""
    return re.sub(
        r"\b([A-Z][A-Za-z0-9_]*)\b",
        lambda m: f"[{m.group(1)}](#{_slug(m.group(1))})" if m.group(1) in models else m.group(1),
        text,
    )


def _cell(text: Any) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _area(resource: Any, models: set[str]) -> str:
    lines = [f"## {_dotted(resource)}\n"]
    for op in resource.operations:
        lines.append(_method(resource, op, models))
    return "\n".join(lines)


def _method(resource: Any, op: Any, models: set[str]) -> str:
    call = f"{_dotted(resource)}.{op.name}"
    returns = op.returns.annotation()
    if op.kind == "page":
        returns = f"SyncPage[{returns}, {op.data.annotation()}]"
    lines = [f"### `{call}(...)`\n"]
    summary = str(op.summary).rstrip(".") + "."
    if op.deprecated:
        summary = f"**Deprecated:** use `client.{op.replaced_by}(...)`. " + summary
    lines.append(summary + "\n")
    facts = [f"`{op.http_method} {op.path}`", f"returns {_link_types(returns, models)}"]
    if op.kind == "page":
        facts[-1] += " (iterating it walks every page)"
    if op.permission:
        facts.append(f"permission: {op.permission}")
    if op.rate_limit:
        facts.append(f"rate limit: {op.rate_limit.text()}")
    auth = op.auth.text()
    if auth:
        facts.append(auth)
    lines.append(" · ".join(facts) + "\n")
    if op.params:
        lines.append("| argument | type | | description |")
        lines.append("| --- | --- | --- | --- |")
        for p in op.params:
            kind = "required" if p.required else "optional"
            ann = _link_types(_cell(p.type.annotation()), models)
            lines.append(f"| `{p.name}` | {ann} | {kind} | {_cell(p.description)} |")
        lines.append("")
    return "\n".join(lines)


def _model(doc: dict[str, Any], name: str, schema: dict[str, Any], models: set[str]) -> str:
    lines = [f"### {name}\n"]
    if schema.get("description"):
        lines.append(_cell(schema["description"]) + "\n")
    props, required = object_properties(doc, schema)
    if props:
        lines.append("| field | type | description |")
        lines.append("| --- | --- | --- |")
        for field, prop in props.items():
            kind = _link_types(_cell(_type_text(doc, prop)), models)
            if field in required:
                kind += " (always)"
            description = (prop or {}).get("description") or deref(doc, prop).get("description")
            lines.append(f"| `{field}` | {kind} | {_cell(description)} |")
        lines.append("")
    return "\n".join(lines)


def _type_text(doc: dict[str, Any], schema: Any) -> str:
    """A short, readable type of a schema: a model name, `list[X]`, an enum's values."""
    name = ref_name(schema)
    if name is not None:
        target = deref(doc, schema)
        if target.get("properties") or target.get("allOf"):
            return name
        return _type_text(doc, target)
    if not isinstance(schema, dict):
        return "any"
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return " or ".join(dict.fromkeys(_type_text(doc, s) for s in schema[key]))
    if len(schema.get("allOf") or []) == 1:
        return _type_text(doc, schema["allOf"][0])
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in _values(schema["enum"]))
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "array":
        return f"list[{_type_text(doc, schema.get('items') or {})}]"
    if kind == "object" or "additionalProperties" in schema:
        extra = schema.get("additionalProperties")
        inner = _type_text(doc, extra) if isinstance(extra, dict) and extra else "any"
        return f"map[str, {inner}]"
    names = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
    return names.get(str(kind), "any")


def _values(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values]
