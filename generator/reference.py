"""The API reference (api.md): every method and every model, in Markdown.

It reads the IR only (names, HTTP facts, arguments, results, and the fields
of models with the types a user sees), never the spec itself."""

from __future__ import annotations

import re
from typing import Any, Iterable

from .ir import Api, ModelDoc

HEADER = """# API reference

Generated from `spec/` by `make regenerate`; do not edit. Every method is shown
on the sync client; `flashduty.AsyncFlashduty` has the same methods, to be
awaited (list methods return a pager: `await` it for the first page, or
`async for` over it for every item). Every method also takes the per-call
options `timeout`, `max_retries`, `extra_headers`, `extra_query` and
`extra_body`. Models are importable from `flashduty.types`.
"""


def reference(api: Api) -> str:
    """The text of api.md, from the IR alone."""
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
    for name in models:
        out.append(_model(name, api.model_docs[name], set(models)))
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
    elif op.kind == "stream":
        returns = f"StreamResponse[{returns}]"
    lines = [f"### `{call}(...)`\n"]
    summary = str(op.summary).rstrip(".") + "."
    if op.deprecated:
        summary = f"**Deprecated:** use `client.{op.replaced_by}(...)`. " + summary
    lines.append(summary + "\n")
    facts = [f"`{op.http_method} {op.path}`", f"returns {_link_types(returns, models)}"]
    if op.kind == "page":
        facts[-1] += " (iterating it walks every page)"
    elif op.kind == "stream":
        facts[-1] += " (NDJSON, read as it arrives: `iter_records()`)"
    elif op.kind == "bytes":
        facts[-1] += " (`flashduty.with_streaming_response` streams it)"
    if op.permission:
        facts.append(f"permission: {op.permission}")
    if op.rate_limit:
        facts.append(f"rate limit: {op.rate_limit.text()}")
    auth = op.auth.text()
    if auth:
        facts.append(auth)
    if op.bare:
        facts.append("the answer is the data itself, without the envelope")
    lines.append(" · ".join(facts) + "\n")
    if op.params:
        lines.append("| argument | type | | description |")
        lines.append("| --- | --- | --- | --- |")
        for p in op.params:
            kind = "required" if p.required else "optional"
            kind += _WHERE.get(p.location, "").format(p.wire)
            ann = _link_types(_cell(p.type.annotation()), models)
            lines.append(f"| `{p.name}` | {ann} | {kind} | {_cell(p.description)} |")
        lines.append("")
    return "\n".join(lines)


# Where an argument travels, when not in the body or the query.
_WHERE = {"path": ", in the path", "header": ", header `{}`"}


def _model(name: str, doc: ModelDoc, models: set[str]) -> str:
    lines = [f"### {name}\n"]
    if doc.description:
        lines.append(_cell(doc.description) + "\n")
    if doc.fields:
        lines.append("| field | type | description |")
        lines.append("| --- | --- | --- |")
        for field in doc.fields:
            kind = _link_types(_cell(field.type.annotation()), models)
            if field.values:
                kind += ", one of " + ", ".join(f"`{_cell(v)}`" for v in _values(field.values))
            if field.required:
                kind += " (always)"
            lines.append(f"| `{field.wire}` | {kind} | {_cell(field.description)} |")
        lines.append("")
    return "\n".join(lines)


def _values(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values]
