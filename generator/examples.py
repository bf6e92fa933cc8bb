"""Validate, second half: every example of the spec checked against its
schema. Answers the server writes (responses, webhook payloads) are checked
as the SDK reads them, with arrays and objects allowed to be null. Units of
the spec whose examples passed before, unchanged, are not checked again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import Store, tool_version
from .oas import unit_key
from .problems import Add, join
from .schemas import deref, json_media, operations, webhooks

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

# jsonschema is imported where examples are checked: a run whose examples
# all passed before (a reworded summary, say) does not load it.


class ExampleCheck:
    """Which units (see oas.named_units) need their examples checked: those
    not checked before with the same text and the same checking code."""

    SALT_FILES = ("examples.py", "schemas.py")

    def __init__(
        self, texts: dict[tuple[str, str], tuple[Any, str]] | None, cache: str | None = None
    ):
        self.store = Store(cache, "examples")
        self.keys: list[str] = []
        self.todo: set[tuple[str, str]] | None = None  # None: every unit
        if texts is None or not cache:
            return
        here = Path(__file__).parent
        salt = "".join((here / name).read_text(encoding="utf-8") for name in self.SALT_FILES)
        salt += tool_version("jsonschema")  # a new jsonschema may judge differently
        keyed = {unit: unit_key(text, salt) for unit, (_, text) in texts.items()}
        self.todo = {unit for unit, key in keyed.items() if not self.store.has(key)}
        self.keys = [keyed[unit] for unit in self.todo]

    def passed(self) -> None:
        self.store.mark(self.keys)


def examples(
    doc: dict[str, Any], widened: dict[str, Any], add: Add, todo: set[tuple[str, str]] | None = None
) -> None:
    """Check the examples of `todo`'s units (all when None) against their schemas."""
    if todo is not None and not todo:
        return
    strict = _Factory(doc)
    lenient = _Factory(widened)
    lenient_doc = lenient.doc
    for pointer, path, method, op in operations(doc):
        if todo is not None and ("paths", path) not in todo:
            continue
        body = json_media((op.get("requestBody") or {}).get("content"))
        if body:
            check_examples(strict, join(pointer, "requestBody", "content", body[0]), body[1], add)
        for status, response in (op.get("responses") or {}).items():
            response = deref(doc, response)
            media = json_media(response.get("content"))
            if media and "$ref" not in (op["responses"][status]):
                lenient_entry = json_media(
                    deref(lenient_doc, lenient_doc["paths"][path][method]["responses"][status]).get(
                        "content"
                    )
                )
                check_examples(
                    lenient,
                    join(pointer, "responses", status, "content", media[0]),
                    lenient_entry[1] if lenient_entry else media[1],
                    add,
                )
    for pointer, name, op in webhooks(doc):
        media = json_media((op.get("requestBody") or {}).get("content"))
        if media and (todo is None or ("webhooks", name) in todo):
            # The server writes these: check them as leniently as responses.
            lenient_entry = json_media(
                lenient_doc["webhooks"][name]["post"]["requestBody"]["content"]
            )
            check_examples(
                lenient,
                join(pointer, "requestBody", "content", media[0]),
                lenient_entry[1] if lenient_entry else media[1],
                add,
            )
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        if todo is not None and ("components", "") not in todo:
            break
        if isinstance(schema, dict) and "example" in schema:
            check(
                strict, join("/components/schemas", name, "example"), schema, schema["example"], add
            )


class _Factory:
    """Validators of example values against schemas of one document, its
    `#/components/...` refs resolved through a registry."""

    def __init__(self, doc: dict[str, Any]):
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.doc = doc
        self.registry = Registry().with_resource(
            "urn:spec", Resource.from_contents(doc, default_specification=DRAFT202012)
        )

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        from jsonschema import Draft202012Validator

        return Draft202012Validator(_rebase(schema), registry=self.registry)


def _rebase(node: Any) -> Any:
    """Point local refs at the registered document."""
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    if isinstance(node, dict):
        return {
            k: (
                "urn:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in node.items()
            if k not in ("example", "examples")
        }
    return node


def check_examples(factory: _Factory, pointer: str, entry: dict[str, Any], add: Add) -> None:
    schema = entry.get("schema")
    if not isinstance(schema, dict):
        return
    if "example" in entry:
        check(factory, join(pointer, "example"), schema, entry["example"], add)
    examples = entry.get("examples")
    for name, ex in (examples if isinstance(examples, dict) else {}).items():
        if isinstance(ex, dict) and "value" in ex:
            check(factory, join(pointer, "examples", name, "value"), schema, ex["value"], add)


def check(factory: _Factory, pointer: str, schema: dict[str, Any], value: Any, add: Add) -> None:
    from jsonschema.exceptions import best_match

    try:
        error = best_match(factory.validator(schema).iter_errors(value))
    except Exception as exc:  # a schema jsonschema cannot apply: say so where it is used
        add(pointer, f"the schema of this example is not valid JSON Schema: {exc!r:.200}")
        return
    if error is not None:
        where = join(pointer, *error.absolute_path)
        add(where, f"example does not match its schema: {error.message[:300]}")
