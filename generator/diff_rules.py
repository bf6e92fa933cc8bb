"""Every kind of change `python -m generator diff` reports, as data.

A rule says once whether the change breaks code that calls the SDK and why;
the comparer (diff_compare) only names the rule, so the verdict, the JSON
`rule` id and the maintainer docs (docs/diff-rules.md, rendered by
`python -m generator diff --rules`) all come from this table. Adding a kind
of change: a row here, the check that reports it in diff_compare, and a
fixture folder under tests/generator/fixtures/diff_rules/ named by its id.

The verdicts follow how the SDK reads answers (README, "How answers are
read"): a field left out or null reads as its type's zero value, a value
outside an enum is kept as a string, and every model field has a default.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # the short name of the change in a report ("argument added")
    breaking: bool
    description: str


_TABLE: tuple[Rule, ...] = (
    # Operations
    Rule(
        "operation-added",
        "operation added",
        False,
        "A new method (or, for an operationId that names no SDK method, a new operation).",
    ),
    Rule(
        "operation-removed",
        "operation removed",
        True,
        "The method is gone: calls to it fail with AttributeError.",
    ),
    Rule(
        "operation-deprecated",
        "operation deprecated",
        False,
        "The operation is marked deprecated; it still works and its signature is unchanged.",
    ),
    Rule(
        "method-renamed",
        "method renamed",
        True,
        "The operationId, and so the SDK method's name, changed: calls to the old name fail.",
    ),
    Rule(
        "operation-id-changed",
        "method renamed",
        False,
        "Neither operationId names an SDK method (a vendor document's camelCase ids): "
        "only the document's name for the operation changed.",
    ),
    # Arguments (query, path and header parameters, body fields, nested fields)
    Rule(
        "argument-added-required",
        "argument added",
        True,
        "A new required argument (or required field of a nested argument): "
        "calls without it are refused before anything is sent.",
    ),
    Rule(
        "argument-added-optional",
        "argument added",
        False,
        "A new optional argument; calls without it send what they sent before.",
    ),
    Rule(
        "argument-removed",
        "argument removed",
        True,
        "The method no longer takes the argument: passing it is a TypeError "
        "(a field of a nested argument: refused before sending).",
    ),
    Rule(
        "argument-became-required",
        "argument became required",
        True,
        "An optional argument is now required: calls leaving it out are refused.",
    ),
    Rule(
        "argument-became-optional",
        "argument became optional",
        False,
        "A required argument may now be left out.",
    ),
    Rule(
        "argument-type-narrowed",
        "argument type changed",
        True,
        "The argument takes another type, or gained an enum: values callers passed "
        "may be refused (by mypy, or by the request model before sending).",
    ),
    Rule(
        "argument-type-widened",
        "argument type changed",
        False,
        "The argument accepts more than before (any value, no enum, or a model "
        "where it took a dict, which still takes a dict).",
    ),
    Rule(
        "argument-enum-value-removed",
        "argument enum value removed",
        True,
        "A value the argument accepted is no longer in its enum: calls passing it are refused.",
    ),
    Rule(
        "argument-enum-value-added",
        "argument enum value added",
        False,
        "The argument accepts one more enum value.",
    ),
    Rule(
        "argument-deprecated",
        "argument deprecated",
        False,
        "The argument (or a field of a nested argument) is marked deprecated; it is still sent.",
    ),
    # Results and model fields
    Rule(
        "response-type-changed",
        "response type changed",
        True,
        "The method returns another type (a model, a list, bytes, None): "
        "code using the result as before breaks.",
    ),
    Rule(
        "response-type-specified",
        "response type changed",
        False,
        "The method returned Any or None and now returns a declared type: "
        "what it returns was never promised before.",
    ),
    Rule(
        "response-field-added",
        "response field added",
        False,
        "A model field is added (with a default, as every field has).",
    ),
    Rule(
        "response-field-removed",
        "response field removed",
        True,
        "A model field is gone: reading it is an AttributeError and fails mypy "
        "(a server still sending it is kept in model_extra).",
    ),
    Rule(
        "response-field-type-changed",
        "response field type changed",
        True,
        "A model field has another type: code using it as before breaks.",
    ),
    Rule(
        "response-field-type-specified",
        "response field type changed",
        False,
        "A model field typed Any now has a declared type.",
    ),
    Rule(
        "response-field-became-optional",
        "response field became optional",
        False,
        "A required model field may now be left out. Not breaking: a field left out "
        "reads as its type's zero value (a nested model as None, which its type "
        "already allows), so the type callers see does not change; the value may "
        "now be that zero value.",
    ),
    Rule(
        "response-field-became-nullable",
        "response field became nullable",
        False,
        "A model field may now be null. Not breaking: null reads as the type's zero "
        "value, as a left-out field does, so the type callers see does not change.",
    ),
    Rule(
        "response-field-enum-value-added",
        "response field enum value added",
        False,
        "A model field may hold one more enum value. Not breaking: enum fields are "
        "typed `Literal[...] | str` and values outside the list come through as "
        "strings, so callers already handle it (a match on the known values needs "
        "its default case); mypy sees the same type.",
    ),
    Rule(
        "response-field-enum-value-removed",
        "response field enum value removed",
        False,
        "A model field no longer lists an enum value; code checking for it still "
        "type-checks (the field is `Literal[...] | str`) and is simply never true.",
    ),
    Rule(
        "response-field-deprecated",
        "response field deprecated",
        False,
        "A model field is marked deprecated; it is still read.",
    ),
    # Behaviour the SDK derives from extensions
    Rule(
        "pagination-changed",
        "pagination changed",
        False,
        "The same items are paged another way (x-pagination); iterating the "
        "result works as before.",
    ),
    Rule(
        "pagination-items-changed",
        "pagination changed",
        True,
        "The method starts or stops returning an iterable page, or pages other "
        "items: its return type changes.",
    ),
    Rule(
        "retry-safety-added",
        "retry-safety changed",
        False,
        "Marked x-idempotent: now also retried after a timeout, a failure after "
        "sending, or a 5xx.",
    ),
    Rule(
        "retry-safety-removed",
        "retry-safety changed",
        False,
        "x-idempotent dropped: no longer retried after a timeout, a failure after "
        "sending, or a 5xx (still after connection failures and rate limits).",
    ),
    # Credentials
    Rule(
        "credentials-changed",
        "credentials changed",
        True,
        "The operation no longer accepts a credential it accepted (an app key, a "
        "bearer token, ...): a client holding only that one is refused.",
    ),
    Rule(
        "credentials-added",
        "credentials changed",
        False,
        "The operation accepts another credential (or none) besides those it took.",
    ),
    # Webhooks and errors
    Rule(
        "webhook-event-type-added",
        "webhook event type added",
        False,
        "A webhook sends one more event type; payloads parse as before.",
    ),
    Rule(
        "webhook-event-type-removed",
        "webhook event type removed",
        True,
        "A webhook no longer sends an event type: code waiting for it never runs.",
    ),
    Rule(
        "error-code-added",
        "error code added",
        False,
        "An error code is listed (for the API, for every operation where it was on "
        "a few, or for one operation); it raises its class, or APIError for a code "
        "the SDK does not know.",
    ),
    Rule(
        "error-code-removed",
        "error code removed",
        False,
        "An error code is no longer listed (for the API, for some of the operations "
        "that all listed it, or for one operation); its exception class stays.",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _TABLE}


def rules_markdown() -> str:
    """docs/diff-rules.md: the table above, for maintainers."""
    lines = [
        "# Rules of `python -m generator diff`",
        "",
        "Generated from `generator/diff_rules.py` by `python -m generator diff --rules`;"
        " do not edit (tests/generator/test_diff_rules.py checks it is fresh).",
        "Each change the diff reports names one rule; `--format json` gives its id"
        " as `rule`. Breaking means: code that calls the SDK and worked before may"
        " now fail (at run time or under mypy).",
        "",
        "A type is the one the SDK's signatures and models carry, as the generator"
        " types the schema (`generator/reader.py`), with three things left out, each"
        " reported by a rule of its own or by none: null (the SDK reads it as the"
        " zero value), the names of models (models are compared field by field: the"
        " vendor names them differently) and the values of an enum (compared by"
        " the `*-enum-value-*` rules).",
        "",
        "| rule | breaking | what it means |",
        "| --- | --- | --- |",
    ]
    for rule in _TABLE:
        verdict = "**yes**" if rule.breaking else "no"
        lines.append(f"| `{rule.id}` | {verdict} | {rule.description} |")
    return "\n".join(lines) + "\n"
