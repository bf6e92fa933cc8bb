"""What a change of the spec does to code that calls the SDK.

Two OpenAPI documents are compared operation by operation, matched by HTTP
method and path (so documents with other operationIds still compare), and
each difference is reported in SDK terms: the method (`client.incidents.info`),
its keyword argument, the model field (`Incident.title`), the webhook event
type, the error code. Schemas are compared by structure, not by name: the
vendor's document and ours name the same shapes differently.

Only the document is read: the house rules of spec/README.md are not required.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from .ir import py_name
from .pytypes import SCALARS
from .reader import OPERATION_ID
from .schemas import deref, json_media, object_properties, operations, ref_name, schema_type
from .schemas import webhooks

# Dotted snake case, as the house rules ask: the SDK method is client.<operationId>.
_SDK_ID = OPERATION_ID
_MAX_DEPTH = 12  # schemas nest a few levels; this only stops pathological recursion


@dataclass(frozen=True)
class Change:
    """One difference, as code calling the SDK sees it.

    `operation` is "POST /incident/info", "WEBHOOK incident", or None for a
    change to the whole API (an error code). A change to a shared model
    (`Incident.title`) is reported once; `operations` lists every operation
    whose arguments or result it reaches."""

    operation: str | None
    method: str | None
    kind: str
    subject: str
    detail: str
    breaking: bool
    operations: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "method": self.method,
            "kind": self.kind,
            "subject": self.subject,
            "detail": self.detail,
            "breaking": self.breaking,
            "operations": list(self.operations),
        }


def sdk_method(operation_id: Any) -> str | None:
    """`client.incidents.info` for the operationId `incidents.info` (see ir.py);
    None for an id the generator would not accept (the vendor's camelCase)."""
    if not isinstance(operation_id, str) or not _SDK_ID.match(operation_id):
        return None
    *resources, name = operation_id.split(".")
    return ".".join(["client", *resources, py_name(name)])


def _single(doc: dict[str, Any], schema: Any) -> Any:
    """The schema itself, or the one non-null member of an anyOf/oneOf (how a
    nullable model is written): looking through it keeps the fields comparable."""
    schema = deref(doc, schema)
    if not isinstance(schema, dict):
        return schema
    for key in ("anyOf", "oneOf"):
        members = [m for m in schema.get(key) or [] if deref(doc, m) != {"type": "null"}]
        if len(members) == 1:
            return _single(doc, members[0])
    return schema


def _model_name(doc: dict[str, Any], schema: Any) -> str | None:
    """Name of the model a schema is (a ref, maybe wrapped in a nullable anyOf)."""
    if not isinstance(schema, dict):
        return None
    name = ref_name(schema)
    if name is not None:
        return name
    for key in ("anyOf", "oneOf", "allOf"):
        members = [m for m in schema.get(key) or [] if m != {"type": "null"}]
        if len(members) == 1:
            return _model_name(doc, members[0])
    return None


def type_of(doc: dict[str, Any], schema: Any, request: bool, depth: int = 0) -> str:
    """The Python type a schema is to the SDK, by structure: `str`, `List[int]`,
    `object` (a model; its fields are compared one by one), `Dict[str, Any]`.
    Nullability is left out: the SDK accepts null for every response container
    anyway. Enums of arguments show as `str enum` (the SDK types them Literal)."""
    schema = _single(doc, schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return "Any"
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            parts = {type_of(doc, m, request, depth + 1) for m in schema[key]} - {"None"}
            return " | ".join(sorted(parts)) or "None"
    if "const" in schema:
        kind: str | None = {str: "string", bool: "boolean", int: "integer", float: "number"}.get(
            type(schema["const"])
        )
    else:
        kind = schema_type(doc, schema)
    if kind == "string" and schema.get("format") == "binary":
        return "bytes"
    if kind == "array":
        return f"List[{type_of(doc, schema.get('items') or {}, request, depth + 1)}]"
    if kind == "object":
        props, _ = object_properties(doc, schema)
        extra = schema.get("additionalProperties")
        if props:
            return "object"
        if isinstance(extra, dict) and extra:
            return f"Dict[str, {type_of(doc, extra, request, depth + 1)}]"
        return "Dict[str, Any]"
    scalar = SCALARS.get(kind or "")
    text = scalar.annotation() if scalar is not None else "Any"
    if request and text != "Any" and enum_values(doc, schema) is not None:
        return f"{text} enum"
    return text


def enum_values(doc: dict[str, Any], schema: Any) -> list[Any] | None:
    """The values a schema allows when it is an enum (or const), else None."""
    schema = _single(doc, schema)
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    if "const" in schema:
        return [schema["const"]]
    for part in schema.get("allOf") or []:
        found = enum_values(doc, part)
        if found is not None:
            return found
    return None


def arguments(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, tuple[Any, bool]]:
    """Wire name -> (schema, required) of every keyword argument the SDK
    method takes: query/path parameters and the properties of the body (or
    the body itself when it is a JSON array, named by x-body-name)."""
    out: dict[str, tuple[Any, bool]] = {}
    for raw in op.get("parameters") or []:
        param = deref(doc, raw)
        if isinstance(param, dict) and param.get("in") in ("query", "path", "header"):
            required = bool(param.get("required")) or param.get("in") == "path"
            out[str(param.get("name"))] = (param.get("schema") or {}, required)
    body = deref(doc, op.get("requestBody") or {})
    content = body.get("content") if isinstance(body, dict) else None
    media = json_media(content) or next(
        ((m, e or {}) for m, e in (content or {}).items() if m.startswith("multipart/")), None
    )
    if media is None:
        return out
    schema = media[1].get("schema") or {}
    if schema_type(doc, schema) == "array":
        out[str(op.get("x-body-name") or "body")] = (schema, True)
        return out
    props, required_names = object_properties(doc, schema)
    for wire, prop in props.items():
        out[wire] = (prop, wire in required_names)
    return out


def result(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    """Schema of what the SDK method returns: the envelope's `data` when the
    success response is the `{request_id, data}` envelope, `bytes` for a
    download, the whole body otherwise; None when nothing is declared."""
    responses = op.get("responses") or {}
    ok = next((responses[s] for s in sorted(responses, key=str) if str(s).startswith("2")), None)
    response = deref(doc, ok)
    if not isinstance(response, dict):
        return None
    media = json_media(response.get("content"))
    if media is None:
        return {"type": "string", "format": "binary"} if response.get("content") else None
    schema = media[1].get("schema") or {}
    props, _ = object_properties(doc, schema)
    if "data" in props and "request_id" in props:
        return None if _no_payload(doc, props["data"]) else props["data"]
    return schema


_ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "nullable"}


def _no_payload(doc: dict[str, Any], data: Any) -> bool:
    """True when an envelope's `data` says nothing (the bare envelope) or is
    declared empty (`additionalProperties: false` or `properties: {}` alone):
    the SDK method returns None."""
    data = deref(doc, data)
    if not isinstance(data, dict) or set(data) <= _ANNOTATIONS:
        return True
    closed = data.get("additionalProperties") is False or (
        data.get("properties") == {} and "additionalProperties" not in data
    )
    return closed and not data.get("properties") and not data.get("allOf")


def error_codes(doc: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Every `error.code` value an operation's error responses list."""
    codes: set[str] = set()
    for status, raw in (op.get("responses") or {}).items():
        if str(status)[:1] in ("1", "2", "3"):
            continue
        response = deref(doc, raw)
        media = json_media(response.get("content")) if isinstance(response, dict) else None
        if media is None:
            continue
        props, _ = object_properties(doc, media[1].get("schema") or {})
        if "error" in props:
            inner, _ = object_properties(doc, props["error"])
            codes |= {str(v) for v in enum_values(doc, inner.get("code")) or []}
    return codes


def event_types(doc: dict[str, Any], hook: dict[str, Any]) -> set[str]:
    """The event types a webhook payload carries: x-event-types, or else the
    enum of its body's `event_type` field."""
    declared = hook.get("x-event-types")
    if isinstance(declared, list):
        return {str(v) for v in declared}
    media = json_media((deref(doc, hook.get("requestBody") or {}) or {}).get("content"))
    if media is None:
        return set()
    props, _ = object_properties(doc, media[1].get("schema") or {})
    return {str(v) for v in enum_values(doc, props.get("event_type")) or []}


def _label(values: list[Any]) -> str:
    return ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in values)


class _Diff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]):
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.shared: dict[tuple[str, str, str], int] = {}
        self.operation: str | None = None
        self.method: str | None = None

    def add(
        self, kind: str, subject: str, detail: str, breaking: bool, shared: bool = False
    ) -> None:
        """Record a change of the current operation. A change inside a named
        model (`shared`) is recorded once, with every operation it reaches."""
        here = (self.operation,) if self.operation else ()
        key = (kind, subject, detail)
        if shared and key in self.shared:
            index = self.shared[key]
            found = self.changes[index]
            if self.operation and self.operation not in found.operations:
                self.changes[index] = replace(found, operations=found.operations + here)
            return
        if shared:
            self.shared[key] = len(self.changes)
        self.changes.append(
            Change(self.operation, self.method, kind, subject, detail, breaking, here)
        )

    def run(self) -> list[Change]:
        old_ops = {(m.upper(), p): op for _, p, m, op in operations(self.old)}
        new_ops = {(m.upper(), p): op for _, p, m, op in operations(self.new)}
        old_codes = {key: error_codes(self.old, op) for key, op in old_ops.items()}
        new_codes = {key: error_codes(self.new, op) for key, op in new_ops.items()}
        all_old = set().union(*old_codes.values()) if old_codes else set()
        all_new = set().union(*new_codes.values()) if new_codes else set()
        for code in sorted(all_new - all_old):
            self.add("error code added", code, f"error code `{code}` may now be returned", False)
        for code in sorted(all_old - all_new):
            self.add("error code removed", code, f"error code `{code}` is no longer listed", False)
        for key, op in new_ops.items():
            self.operation = f"{key[0]} {key[1]}"
            if key not in old_ops:
                self.method = sdk_method(op.get("operationId"))
                what = "method" if self.method else "operation"
                self.add("operation added", self.operation, f"new {what}", False)
                continue
            before = old_ops[key]
            self.method = sdk_method(op.get("operationId")) or sdk_method(before.get("operationId"))
            self.compare_operation(before, op)
            gained = new_codes[key] - old_codes[key] - (all_new - all_old)
            lost = old_codes[key] - new_codes[key] - (all_old - all_new)
            for code in sorted(gained):
                self.add("error code added", code, f"may now fail with `{code}`", False)
            for code in sorted(lost):
                self.add("error code removed", code, f"no longer lists `{code}`", False)
        for key, op in old_ops.items():
            if key not in new_ops:
                self.operation = f"{key[0]} {key[1]}"
                self.method = sdk_method(op.get("operationId"))
                what = "method" if self.method else "operation"
                self.add("operation removed", self.operation, f"{what} removed", True)
        self.compare_webhooks()
        return self.changes

    def compare_operation(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_id, new_id = old.get("operationId"), new.get("operationId")
        old_sdk, new_sdk = sdk_method(old_id), sdk_method(new_id)
        if old_sdk and new_sdk and old_sdk != new_sdk:
            self.add("method renamed", old_sdk, f"`{old_sdk}` renamed to `{new_sdk}`", True)
        elif old_id and new_id and old_id != new_id and not old_sdk and not new_sdk:
            # Neither id names an SDK method (two vendor documents): only theirs changes.
            self.add(
                "method renamed", str(old_id), f"operationId `{old_id}` is now `{new_id}`", False
            )
        if new.get("deprecated") and not old.get("deprecated"):
            self.add("operation deprecated", self.operation or "", "deprecated", False)
        self.compare_arguments(old, new)
        self.compare_result(old, new)
        old_page, new_page = old.get("x-pagination"), new.get("x-pagination")
        if old_page != new_page:
            detail = f"pagination {_paging(old_page)} -> {_paging(new_page)}"
            # The method returns another type unless both page the same items;
            # how the SDK asks for the next page is its own business.
            items = [p.get("items") if isinstance(p, dict) else None for p in (old_page, new_page)]
            breaking = items[0] != items[1] or items[0] is None
            self.add("pagination changed", "x-pagination", detail, breaking)
        old_safe, new_safe = bool(old.get("x-idempotent")), bool(new.get("x-idempotent"))
        if old_safe != new_safe:
            detail = (
                "now retried after a timeout or a 5xx (x-idempotent)"
                if new_safe
                else "no longer retried after a timeout or a 5xx (x-idempotent dropped)"
            )
            self.add("retry-safety changed", "x-idempotent", detail, False)

    def compare_arguments(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = arguments(self.old, old), arguments(self.new, new)
        for wire, (schema, required) in after.items():
            name = py_name(wire)
            if wire not in before:
                what = "required" if required else "optional"
                detail = f"{what} argument `{name}` added ({type_of(self.new, schema, True)})"
                self.add("argument added", name, detail, required)
                continue
            old_schema, was_required = before[wire]
            if required and not was_required:
                self.add("argument became required", name, f"argument `{name}` is required", True)
            elif was_required and not required:
                detail = f"argument `{name}` is optional"
                self.add("argument became optional", name, detail, False)
            self.compare_schema(old_schema, schema, name, True, False, set(), 0)
        for wire, (schema, _) in before.items():
            if wire not in after:
                name = py_name(wire)
                self.add("argument removed", name, f"argument `{name}` removed", True)

    def compare_result(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = result(self.old, old), result(self.new, new)
        if before is None and after is None:
            return
        old_type = "None" if before is None else type_of(self.old, before, False)
        new_type = "None" if after is None else type_of(self.new, after, False)
        if old_type != new_type:
            detail = f"returns {self.shown(after, new_type, True)} instead of {self.shown(before, old_type, False)}"
            self.add("response type changed", "result", detail, old_type not in ("Any", "None"))
            return
        self.compare_schema(before, after, "result", False, False, set(), 0)

    def shown(self, schema: Any, kind: str, new: bool) -> str:
        """A type as the report shows it: a model by its name (`List[Pet]`)."""
        doc = self.new if new else self.old
        if kind == "List[object]":
            schema = _single(doc, schema).get("items")
        elif kind != "object":
            return kind
        name = _model_name(doc, schema)
        return kind.replace("object", name) if name else kind

    def compare_schema(
        self,
        old: Any,
        new: Any,
        subject: str,
        request: bool,
        shared: bool,
        seen: set[tuple[str, str]],
        depth: int,
    ) -> None:
        """Compare two schemas at `subject` (an argument or a model field) and,
        when both are objects, arrays or maps, what they hold."""
        if depth > _MAX_DEPTH:
            return
        pair = (str(_model_name(self.old, old)), str(_model_name(self.new, new)))
        if pair != ("None", "None"):
            if pair in seen:
                return  # a model that holds itself: its fields were compared already
            seen = seen | {pair}
        old_type, new_type = type_of(self.old, old, request), type_of(self.new, new, request)
        where = "argument" if request else "response field"
        if old_type != new_type:
            new_shown, old_shown = self.shown(new, new_type, True), self.shown(old, old_type, False)
            detail = f"{where} `{subject}` is {new_shown}, was {old_shown}"
            breaking = _narrows(old_type, new_type) if request else old_type != "Any"
            self.add(f"{where} type changed", subject, detail, breaking, shared)
            return
        if request:
            self.compare_enum(old, new, subject, shared)
        # What a model holds is named after the model (`Pet.name`) and reported
        # once for every operation using it; inline shapes after the path to them.
        model = _model_name(self.new, new) or _model_name(self.old, old)
        inside, shared = model or subject, shared or bool(model)
        old_s, new_s = _single(self.old, old), _single(self.new, new)
        if old_type == "object":
            self.compare_fields(old_s, new_s, inside, request, shared, seen, depth)
        elif old_type.startswith("List["):
            items_old, items_new = old_s.get("items") or {}, new_s.get("items") or {}
            self.compare_schema(
                items_old, items_new, f"{inside}[]", request, shared, seen, depth + 1
            )
        elif old_type.startswith("Dict[") and old_type != "Dict[str, Any]":
            values_old = old_s.get("additionalProperties") or {}
            values_new = new_s.get("additionalProperties") or {}
            self.compare_schema(
                values_old, values_new, f"{inside}{{}}", request, shared, seen, depth + 1
            )

    def compare_fields(
        self,
        old: Any,
        new: Any,
        subject: str,
        request: bool,
        shared: bool,
        seen: set[tuple[str, str]],
        depth: int,
    ) -> None:
        before, was_required = object_properties(self.old, old)
        after, required = object_properties(self.new, new)
        where = "argument" if request else "response field"
        kind = where.split()[0]
        for name, schema in after.items():
            path = f"{subject}.{name}"
            if name not in before:
                must = request and name in required
                what = f"{'required' if must else 'optional'} " if request else ""
                detail = f"{what}{where} `{path}` added ({type_of(self.new, schema, request)})"
                self.add(
                    f"{kind} added" if request else "response field added",
                    path,
                    detail,
                    must,
                    shared,
                )
                continue
            if request and name in required and name not in was_required:
                detail = f"argument `{path}` is required"
                self.add("argument became required", path, detail, True, shared)
            self.compare_schema(before[name], schema, path, request, shared, seen, depth + 1)
        for name in before:
            if name not in after:
                path = f"{subject}.{name}"
                self.add(
                    f"{kind} removed" if request else "response field removed",
                    path,
                    f"{where} `{path}` removed",
                    True,
                    shared,
                )

    def compare_enum(self, old: Any, new: Any, subject: str, shared: bool) -> None:
        before = enum_values(self.old, old) or []
        after = enum_values(self.new, new) or []
        gone = [v for v in before if v not in after]
        came = [v for v in after if v not in before]
        if gone:
            detail = f"argument `{subject}` no longer accepts {_label(gone)}"
            self.add("argument enum value removed", subject, detail, True, shared)
        if came:
            detail = f"argument `{subject}` also accepts {_label(came)}"
            self.add("argument enum value added", subject, detail, False, shared)

    def compare_webhooks(self) -> None:
        before = {name: hook for _, name, hook in webhooks(self.old)}
        after = {name: hook for _, name, hook in webhooks(self.new)}
        self.method = None
        for name in list(after) + [n for n in before if n not in after]:
            self.operation = f"WEBHOOK {name}"
            old_types = event_types(self.old, before[name]) if name in before else set()
            new_types = event_types(self.new, after[name]) if name in after else set()
            for event in sorted(new_types - old_types):
                detail = f"webhook `{name}` sends event type `{event}`"
                self.add("webhook event type added", event, detail, False)
            for event in sorted(old_types - new_types):
                detail = f"webhook `{name}` no longer sends event type `{event}`"
                self.add("webhook event type removed", event, detail, True)


def _narrows(old: str, new: str) -> bool:
    """Whether an argument of type `new` may refuse what callers passed as `old`.
    Not when it accepts anything, drops an enum, or becomes a model (the SDK
    takes a model or a dict wherever it takes a model)."""

    def loose(text: str) -> str:
        return text.replace(" enum", "").replace("object", "Dict[str, Any]")

    if new == "Any":
        return False
    return loose(old) != loose(new) or new.count(" enum") > old.count(" enum")


def _paging(value: Any) -> str:
    if not isinstance(value, dict):
        return "none"
    return "(" + ", ".join(f"{k}={v}" for k, v in sorted(value.items())) + ")"


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new` that code calling the SDK can notice."""
    return _Diff(old, new).run()
