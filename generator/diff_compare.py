"""What a change of the spec does to code that calls the SDK.

Two OpenAPI documents are compared operation by operation, matched by HTTP
method and path (so documents with other operationIds still compare), and
each difference is reported in SDK terms, as one of the rules of diff_rules:
the method (`client.incidents.info`), its keyword argument, the model field
(`Incident.title`), the webhook event type, the error code. Schemas are
compared by the types the SDK gives them (the reader's, see diff_types), and
models by their fields, not by name: the vendor's documents and ours name the
same shapes differently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from .diff_read import (
    MAX_DEPTH,
    Doc,
    area,
    arguments,
    credentials,
    deprecated,
    enum_values,
    error_codes,
    event_types,
    nullable,
    operations,
    payload,
    result,
    sdk_method,
    shown_credentials,
    single,
    webhooks,
)
from .diff_rules import RULES, Rule
from .diff_types import accepts, holds, model_name, shape, shown
from .ir import py_name
from .pytypes import ANY, NONE, PyType
from .reader import SchemaReader
from .schemas import object_properties

WHOLE_API = "whole API"  # the area of a change to every operation (an error code)
WEBHOOKS = "webhooks"
NO_AREA = "other"


@dataclass(frozen=True)
class Site:
    """Where a change is: the operation ("POST /incident/info", "WEBHOOK
    incident", or None for the whole API), its SDK method and its area."""

    operation: str | None
    method: str | None
    area: str


@dataclass(frozen=True)
class Change:
    """One difference, as code calling the SDK sees it. A change to a shared
    model (`Incident.title`) is reported once; `operations` lists every
    operation whose arguments or result it reaches."""

    rule: Rule
    subject: str
    detail: str
    operation: str | None
    method: str | None
    area: str
    operations: tuple[str, ...] = ()

    @property
    def breaking(self) -> bool:
        return self.rule.breaking

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "kind": self.rule.kind,
            "breaking": self.breaking,
            "area": self.area,
            "operation": self.operation,
            "method": self.method,
            "subject": self.subject,
            "detail": self.detail,
            "operations": list(self.operations),
        }


class _Changes:
    """The changes found so far. One inside a named model (`shared`) is kept
    once, gathering every operation it reaches."""

    def __init__(self) -> None:
        self.items: list[Change] = []
        self._shared: dict[tuple[str, str, str], int] = {}

    def add(self, at: Site, rule: str, subject: str, detail: str, shared: bool = False) -> None:
        here = (at.operation,) if at.operation else ()
        key = (rule, subject, detail)
        if shared and key in self._shared:
            index = self._shared[key]
            found = self.items[index]
            if at.operation and at.operation not in found.operations:
                self.items[index] = replace(found, operations=found.operations + here)
            return
        if shared:
            self._shared[key] = len(self.items)
        change = Change(RULES[rule], subject, detail, at.operation, at.method, at.area, here)
        self.items.append(change)


def _label(values: list[Any]) -> str:
    return ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in values)


@dataclass(frozen=True)
class _Slot:
    """Where inside an operation two schemas are compared: the subject
    (`owner`, `Pet.tags[]`), whether it is an argument, whether it lies in a
    named model (reported once for all operations), the model pairs already
    entered (a model holding itself is compared once), the depth, and whether
    it is a keyword argument itself (a point in time then takes a datetime too)."""

    subject: str
    request: bool
    shared: bool = False
    seen: frozenset[tuple[str, str]] = frozenset()
    depth: int = 0
    keyword: bool = False

    @property
    def where(self) -> str:
        return "argument" if self.request else "response field"

    def inner(self, subject: str, shared: bool | None = None, deeper: int = 1) -> _Slot:
        return replace(
            self,
            subject=subject,
            shared=self.shared if shared is None else shared,
            depth=self.depth + deeper,
            keyword=False,
        )


def _everywhere(codes: dict[str, set[str]], keys: list[str]) -> set[str]:
    """The codes every one of `keys` lists (none when fewer than two: one
    operation's code is that operation's change)."""
    if len(keys) < 2:
        return set()
    return set.intersection(*(codes[key] for key in keys))


class _Compare:
    def __init__(self, old: Doc, new: Doc):
        self.old = old
        self.new = new
        self.out = _Changes()
        self.readers = SchemaReader(old), SchemaReader(new)

    def type(self, new: bool, schema: Any, request: bool) -> PyType:
        """The type the SDK gives a schema of the new (or old) document."""
        return self.readers[new].type(schema, request)

    def type_at(self, new: bool, schema: Any, slot: _Slot) -> PyType:
        reader = self.readers[new]
        return reader.argument(schema) if slot.keyword else reader.type(schema, slot.request)

    def run(self) -> list[Change]:
        old_ops = {key: (item, op) for key, item, op in operations(self.old)}
        new_ops = {key: (item, op) for key, item, op in operations(self.new)}
        old_codes = {key: error_codes(self.old, op) for key, (_, op) in old_ops.items()}
        new_codes = {key: error_codes(self.new, op) for key, (_, op) in new_ops.items()}
        all_old: set[str] = set().union(*old_codes.values())
        all_new: set[str] = set().union(*new_codes.values())
        api = Site(None, None, WHOLE_API)
        for code in sorted(all_new - all_old):
            self.out.add(api, "error-code-added", code, f"error code `{code}` may now be returned")
        for code in sorted(all_old - all_new):
            self.out.add(
                api, "error-code-removed", code, f"error code `{code}` is no longer listed"
            )
        # A code one side lists on a few operations and the other on all of
        # them (the vendor's per-operation 409 vs our shared enum) is one
        # change to the API, not one per operation.
        common = [key for key in new_ops if key in old_ops]
        spread = (_everywhere(new_codes, common) - _everywhere(old_codes, common)) & all_old
        shrunk = (_everywhere(old_codes, common) - _everywhere(new_codes, common)) & all_new
        for code in sorted(spread):
            had = sum(code in old_codes[key] for key in common)
            self.out.add(
                api,
                "error-code-added",
                code,
                f"every operation may now fail with `{code}` (listed before on {had} of"
                f" {len(common)})",
            )
        for code in sorted(shrunk):
            has = sum(code in new_codes[key] for key in common)
            self.out.add(
                api,
                "error-code-removed",
                code,
                f"error code `{code}` is no longer listed on every operation (still on {has} of"
                f" {len(common)})",
            )
        for key, (item, op) in new_ops.items():
            if key not in old_ops:
                at = Site(key, sdk_method(op.get("operationId")), area(op) or NO_AREA)
                what = "method" if at.method else "operation"
                self.out.add(at, "operation-added", key, f"new {what}")
                continue
            old_item, before = old_ops[key]
            method = sdk_method(op.get("operationId")) or sdk_method(before.get("operationId"))
            at = Site(key, method, area(op) or area(before) or NO_AREA)
            self.compare_operation(at, (old_item, before), (item, op))
            gained = new_codes[key] - old_codes[key] - (all_new - all_old) - spread
            lost = old_codes[key] - new_codes[key] - (all_old - all_new) - shrunk
            for code in sorted(gained):
                self.out.add(at, "error-code-added", code, f"may now fail with `{code}`")
            for code in sorted(lost):
                self.out.add(at, "error-code-removed", code, f"no longer lists `{code}`")
        for key, (_, op) in old_ops.items():
            if key not in new_ops:
                at = Site(key, sdk_method(op.get("operationId")), area(op) or NO_AREA)
                what = "method" if at.method else "operation"
                self.out.add(at, "operation-removed", key, f"{what} removed")
        self.compare_webhooks()
        return self.out.items

    def compare_operation(
        self, at: Site, old: tuple[dict[str, Any], Any], new: tuple[dict[str, Any], Any]
    ) -> None:
        before, after = old[1], new[1]
        self.compare_names(at, before, after)
        if after.get("deprecated") and not before.get("deprecated"):
            successor = sdk_method(after.get("x-replaced-by"))
            detail = f"deprecated, use `{successor}`" if successor else "deprecated"
            self.out.add(at, "operation-deprecated", at.operation or "", detail)
        self.compare_credentials(at, before, after)
        self.compare_arguments(at, old, new)
        self.compare_result(at, before, after)
        self.compare_pagination(at, before.get("x-pagination"), after.get("x-pagination"))
        was_safe, safe = bool(before.get("x-idempotent")), bool(after.get("x-idempotent"))
        if safe and not was_safe:
            detail = "now retried after a timeout or a 5xx (x-idempotent)"
            self.out.add(at, "retry-safety-added", "x-idempotent", detail)
        elif was_safe and not safe:
            detail = "no longer retried after a timeout or a 5xx (x-idempotent dropped)"
            self.out.add(at, "retry-safety-removed", "x-idempotent", detail)

    def compare_names(self, at: Site, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_id, new_id = old.get("operationId"), new.get("operationId")
        old_sdk, new_sdk = sdk_method(old_id), sdk_method(new_id)
        if old_sdk and new_sdk and old_sdk != new_sdk:
            self.out.add(at, "method-renamed", old_sdk, f"`{old_sdk}` renamed to `{new_sdk}`")
        elif old_id and new_id and old_id != new_id and not old_sdk and not new_sdk:
            detail = f"operationId `{old_id}` is now `{new_id}`"
            self.out.add(at, "operation-id-changed", str(old_id), detail)

    def compare_credentials(self, at: Site, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = credentials(self.old, old), credentials(self.new, new)
        if before == after:
            return
        # An alternative still works when some new one needs no more than it.
        served = all(any(b <= a for b in after) for a in before)
        detail = f"credentials: {shown_credentials(before)} -> {shown_credentials(after)}"
        rule = "credentials-added" if served else "credentials-changed"
        # Usually the whole API changes at once (a new kind of credential):
        # reported once, naming every operation, as a shared model's change is.
        self.out.add(at, rule, "security", detail, shared=True)

    def compare_pagination(self, at: Site, old: Any, new: Any) -> None:
        if old == new:
            return
        detail = f"pagination {_paging(old)} -> {_paging(new)}"
        # The method returns another type unless both page the same items;
        # how the SDK asks for the next page is its own business.
        items = [p.get("items") if isinstance(p, dict) else None for p in (old, new)]
        same = items[0] == items[1] and items[0] is not None
        self.out.add(
            at, "pagination-changed" if same else "pagination-items-changed", "x-pagination", detail
        )

    def compare_arguments(
        self, at: Site, old: tuple[dict[str, Any], Any], new: tuple[dict[str, Any], Any]
    ) -> None:
        before, after = arguments(self.old, *old), arguments(self.new, *new)
        for wire, arg in after.items():
            name = py_name(wire)
            if wire not in before:
                what = "required" if arg.required else "optional"
                added = shown(self.readers[True].argument(arg.schema))
                detail = f"{what} argument `{name}` added ({added})"
                self.out.add(at, f"argument-added-{what}", name, detail)
                continue
            was = before[wire]
            if arg.required and not was.required:
                self.out.add(at, "argument-became-required", name, f"argument `{name}` is required")
            elif was.required and not arg.required:
                self.out.add(at, "argument-became-optional", name, f"argument `{name}` is optional")
            if arg.deprecated and not was.deprecated:
                detail = f"argument `{name}` is deprecated"
                self.out.add(at, "argument-deprecated", name, detail)
            self.compare_schema(at, was.schema, arg.schema, _Slot(name, True, keyword=True))
        for wire in before:
            if wire not in after:
                name = py_name(wire)
                self.out.add(at, "argument-removed", name, f"argument `{name}` removed")

    def compare_result(self, at: Site, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = result(self.old, old), result(self.new, new)
        if before is None and after is None:
            return
        old_t = NONE if before is None else self.type(False, before, False)
        new_t = NONE if after is None else self.type(True, after, False)
        if shape(old_t) != shape(new_t):
            detail = f"returns {shown(new_t)} instead of {shown(old_t)}"
            specified = shape(old_t) in (ANY, NONE)
            rule = "response-type-specified" if specified else "response-type-changed"
            self.out.add(at, rule, "result", detail)
            return
        self.compare_schema(at, before, after, _Slot("result", False))

    def compare_schema(self, at: Site, old: Any, new: Any, slot: _Slot) -> None:
        """Compare two schemas at `slot` (an argument or a model field) and,
        when both are models, lists or maps, what they hold."""
        if slot.depth > MAX_DEPTH:
            return
        old_t, new_t = self.type_at(False, old, slot), self.type_at(True, new, slot)
        pair = (str(model_name(old_t)), str(model_name(new_t)))
        if pair != ("None", "None"):
            if pair in slot.seen:
                return  # a model that holds itself: its fields were compared already
            slot = replace(slot, seen=slot.seen | {pair})
        compared = shape(old_t)
        if compared != shape(new_t):
            self.type_changed(at, old_t, new_t, slot)
            return
        self.compare_enum(at, old, new, slot)
        # What a model holds is named after the model (`Pet.name`) and reported
        # once for every operation using it; inline shapes after the path to them.
        model = model_name(new_t) or model_name(old_t)
        inside = slot.inner(model or slot.subject, slot.shared or bool(model), 0)
        old_s, new_s = single(self.old, old), single(self.new, new)
        held = holds(compared)
        if held == "fields":
            self.compare_fields(at, old_s, new_s, inside)
        elif held == "items":
            items = (old_s.get("items") or {}, new_s.get("items") or {})
            self.compare_schema(at, *items, inside.inner(f"{inside.subject}[]"))
        elif held == "values":
            values = (
                old_s.get("additionalProperties") or {},
                new_s.get("additionalProperties") or {},
            )
            self.compare_schema(at, *values, inside.inner(f"{inside.subject}{{}}"))

    def type_changed(self, at: Site, old: PyType, new: PyType, slot: _Slot) -> None:
        detail = f"{slot.where} `{slot.subject}` is {shown(new)}, was {shown(old)}"
        if slot.request:
            widened = accepts(shape(new), shape(old))
            rule = "argument-type-widened" if widened else "argument-type-narrowed"
        else:
            specified = shape(old) == ANY
            rule = "response-field-type-specified" if specified else "response-field-type-changed"
        self.out.add(at, rule, slot.subject, detail, slot.shared)

    def compare_fields(self, at: Site, old: Any, new: Any, slot: _Slot) -> None:
        before, was_required = object_properties(self.old, old)
        after, required = object_properties(self.new, new)
        where, kind = slot.where, "argument" if slot.request else "response-field"
        for name, schema in after.items():
            path = f"{slot.subject}.{name}"
            if name not in before:
                if slot.request:
                    what = "required" if name in required else "optional"
                    added = shown(self.type(True, schema, True))
                    detail = f"{what} argument `{path}` added ({added})"
                    self.out.add(at, f"argument-added-{what}", path, detail, slot.shared)
                else:
                    detail = (
                        f"response field `{path}` added ({shown(self.type(True, schema, False))})"
                    )
                    self.out.add(at, "response-field-added", path, detail, slot.shared)
                continue
            self.compare_field_marks(
                at,
                (before[name], name in was_required),
                (schema, name in required),
                slot.inner(path, deeper=0),
            )
            self.compare_schema(at, before[name], schema, slot.inner(path))
        for name in before:
            if name not in after:
                path = f"{slot.subject}.{name}"
                self.out.add(at, f"{kind}-removed", path, f"{where} `{path}` removed", slot.shared)

    def compare_field_marks(
        self, at: Site, old: tuple[Any, bool], new: tuple[Any, bool], slot: _Slot
    ) -> None:
        """Required, nullable and deprecated marks of one field of a model."""
        (old_schema, was_required), (schema, required) = old, new
        path, kind = slot.subject, "argument" if slot.request else "response-field"
        if slot.request and required and not was_required:
            detail = f"argument `{path}` is required"
            self.out.add(at, "argument-became-required", path, detail, slot.shared)
        if slot.request and was_required and not required:
            detail = f"argument `{path}` is optional"
            self.out.add(at, "argument-became-optional", path, detail, slot.shared)
        if not slot.request and was_required and not required:
            detail = f"response field `{path}` may be left out (reads as its zero value)"
            self.out.add(at, "response-field-became-optional", path, detail, slot.shared)
        if not slot.request and nullable(self.new, schema) and not nullable(self.old, old_schema):
            detail = f"response field `{path}` may be null (reads as its zero value)"
            self.out.add(at, "response-field-became-nullable", path, detail, slot.shared)
        if deprecated(self.new, schema) and not deprecated(self.old, old_schema):
            detail = f"{slot.where} `{path}` is deprecated"
            self.out.add(at, f"{kind}-deprecated", path, detail, slot.shared)

    def compare_enum(self, at: Site, old: Any, new: Any, slot: _Slot) -> None:
        before = enum_values(self.old, old)
        after = enum_values(self.new, new)
        if before is None or after is None:
            return  # gaining or losing an enum is a type change of arguments (see diff_types)
        gone = [v for v in before if v not in after]
        came = [v for v in after if v not in before]
        kind, subject = "argument" if slot.request else "response-field", slot.subject
        if gone:
            what = "no longer accepts" if slot.request else "no longer lists"
            detail = f"{slot.where} `{subject}` {what} {_label(gone)}"
            self.out.add(at, f"{kind}-enum-value-removed", subject, detail, slot.shared)
        if came:
            what = "also accepts" if slot.request else "may also be"
            detail = f"{slot.where} `{subject}` {what} {_label(came)}"
            self.out.add(at, f"{kind}-enum-value-added", subject, detail, slot.shared)

    def compare_webhooks(self) -> None:
        before, after = webhooks(self.old), webhooks(self.new)
        for name in list(after) + [n for n in before if n not in after]:
            at = Site(f"WEBHOOK {name}", None, WEBHOOKS)
            old_types = event_types(self.old, before[name]) if name in before else set()
            new_types = event_types(self.new, after[name]) if name in after else set()
            for event in sorted(new_types - old_types):
                detail = f"webhook `{name}` sends event type `{event}`"
                self.out.add(at, "webhook-event-type-added", event, detail)
            for event in sorted(old_types - new_types):
                detail = f"webhook `{name}` no longer sends event type `{event}`"
                self.out.add(at, "webhook-event-type-removed", event, detail)
            if name in before and name in after:
                old_body, new_body = payload(self.old, before[name]), payload(self.new, after[name])
                if old_body is not None and new_body is not None:
                    # Parsed payloads are read as answers are: the same rules apply.
                    self.compare_schema(at, old_body, new_body, _Slot("payload", False))


def _paging(value: Any) -> str:
    if not isinstance(value, dict):
        return "none"
    return "(" + ", ".join(f"{k}={v}" for k, v in sorted(value.items())) + ")"


def compare(old: Doc, new: Doc) -> list[Change]:
    """Every change from `old` to `new` that code calling the SDK can notice."""
    return _Compare(old, new).run()
