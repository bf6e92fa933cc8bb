"""openapi-spec-validator, run incrementally.

Validating the whole bundle takes seconds, most of it spent re-checking
parts that did not change. The document is cut into units - one per path
and per webhook, each with the components it references, and one for the
root with every component - and a unit that passed before (same bytes,
same validator version) is not checked again. With no usable cache, or many
changed units, the whole document is validated in one go, which is cheaper
than many overlapping units."""

from __future__ import annotations

import json
from typing import Any

from .cache import Store, key
from .problems import join, split
from .schemas import component_refs

ROOT_KEYS = ("openapi", "info", "servers", "security", "tags", "jsonSchemaDialect")


def closure(doc: dict[str, Any], node: Any) -> dict[str, dict[str, Any]]:
    """The components `node` references, directly or through each other."""
    components: dict[str, dict[str, Any]] = {}
    todo = list(component_refs(node))
    while todo:
        tokens = split(todo.pop()[1:])
        if len(tokens) != 3:
            continue
        _, section, name = tokens
        if name in components.get(section, {}):
            continue
        target = ((doc.get("components") or {}).get(section) or {}).get(name)
        if not isinstance(target, dict):
            continue
        components.setdefault(section, {})[name] = target
        todo += component_refs(target)
    return components


def named_units(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(section, name) -> unit: ("paths", path), ("webhooks", name), and
    ("components", "") for the root with every component."""
    base = {k: doc[k] for k in ROOT_KEYS if k in doc}
    schemes = doc.get("components", {}).get("securitySchemes")
    out = {("components", ""): {**base, "paths": {}, "components": doc.get("components", {})}}
    for section in ("paths", "webhooks"):
        for name, item in (doc.get(section) or {}).items():
            components = closure(doc, item)
            if schemes:
                components["securitySchemes"] = schemes
            unit = {**base, "paths": {}, "components": components}
            unit[section] = {name: item}
            out[(section, name)] = unit
    return out


def unit_texts(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """Every unit with its canonical JSON text, which the caches hash."""
    return {
        name: (unit, json.dumps(unit, sort_keys=True, ensure_ascii=False))
        for name, unit in named_units(doc).items()
    }


def unit_key(text: str, salt: str) -> str:
    return key(salt, text)


def _errors(doc: dict[str, Any]) -> list[tuple[str, str]]:
    from openapi_spec_validator import OpenAPIV31SpecValidator  # slow to import; often not needed

    errors = []
    try:
        for error in OpenAPIV31SpecValidator(doc).iter_errors():
            errors.append((join("", *error.absolute_path), error.message))
    except Exception as exc:  # the validator fails on some malformed documents
        if not errors:
            errors.append(("", f"a document the validator cannot read ({exc!r:.200})"))
    return errors


def _run(docs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted({e for doc in docs for e in _errors(doc)})


class SpecCheck:
    """openapi-spec-validator over the units not validated before; `start`
    runs it in a worker process while the caller gets on with generating."""

    def __init__(self, doc: dict[str, Any], cache: str | None, texts: Any = None):
        from importlib.metadata import version

        self.store = Store(cache, "oas")
        salt = version("openapi-spec-validator")
        texts = texts if texts is not None else (unit_texts(doc) if cache else {})
        keyed = {unit_key(text, salt): unit for unit, text in texts.values()} if cache else {}
        self.missing = [key for key in keyed if not self.store.has(key)]
        if not cache or len(self.missing) > len(keyed) // 4:
            self.docs = [doc]  # one pass over everything is cheaper than many overlapping units
        else:
            self.docs = [keyed[key] for key in self.missing]
        self.future: Any = None

    def start(self, pool: Any) -> None:
        if self.docs:
            self.future = pool.submit(_run, self.docs)

    def errors(self) -> list[tuple[str, str]]:
        """(JSON pointer, message) of every problem found; waits for the worker."""
        errors = self.future.result() if self.future is not None else _run(self.docs)
        self.docs, self.future = [], None
        if not errors:
            self.store.mark(self.missing)
        return errors
