"""openapi-spec-validator, run incrementally.

Validating the whole bundle takes seconds, most of it spent re-checking
parts that did not change. The document is cut into units - one per path
and per webhook, each with the components it references, and one for the
root with every component - and a unit that passed before (the same JSON
but for the wording of its operations' summaries and descriptions, see
`unit_texts`; the same validator version) is not checked again. With no usable cache, or many
changed units, the whole document is validated in one go, which is cheaper
than many overlapping units."""

from __future__ import annotations

import json
from typing import Any

from .cache import Store, key, tool_version
from .problems import join, split
from .schemas import component_refs

ROOT_KEYS = ("openapi", "info", "servers", "security", "tags", "jsonSchemaDialect")


class Closures:
    """The components a node references, directly or through each other,
    for one document: each component's own refs are collected once, however
    many nodes reach it (every path reaches a few shared ones)."""

    def __init__(self, doc: dict[str, Any]):
        self.doc = doc
        self._refs: dict[tuple[str, str], list[tuple[str, str]]] = {}

    def _targets(self, node: Any) -> list[tuple[str, str]]:
        found = []
        for ref in component_refs(node):
            tokens = split(ref[1:])
            if len(tokens) == 3:
                found.append((tokens[1], tokens[2]))
        return found

    def of(self, node: Any) -> dict[str, dict[str, Any]]:
        """Section -> name -> component, for every component `node` reaches."""
        components: dict[str, dict[str, Any]] = {}
        todo = self._targets(node)
        sections = self.doc.get("components") or {}
        while todo:
            section, name = todo.pop()
            if name in components.get(section, {}):
                continue
            target = (sections.get(section) or {}).get(name)
            if not isinstance(target, dict):
                continue
            components.setdefault(section, {})[name] = target
            refs = self._refs.get((section, name))
            if refs is None:
                refs = self._refs[(section, name)] = self._targets(target)
            todo += refs
        return components


def named_units(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(section, name) -> unit: ("paths", path), ("webhooks", name), and
    ("components", "") for the root with every component."""
    base = {k: doc[k] for k in ROOT_KEYS if k in doc}
    schemes = doc.get("components", {}).get("securitySchemes")
    out = {("components", ""): {**base, "paths": {}, "components": doc.get("components", {})}}
    closures = Closures(doc)
    for section in ("paths", "webhooks"):
        for name, item in (doc.get(section) or {}).items():
            components = closures.of(item)
            if schemes:
                components["securitySchemes"] = schemes
            unit = {**base, "paths": {}, "components": components}
            unit[section] = {name: item}
            out[(section, name)] = unit
    return out


PROSE = ("summary", "description")


def unit_texts(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """Every unit with a text that stands for its canonical JSON, which the
    caches of both checks hash: the unit's JSON with each component written
    as the digest of its own JSON (a component is serialised once, not once
    for every unit that reaches it), and with the summary and description
    of its operations blanked when they are strings. Neither check reads
    those texts: the OpenAPI schema asks only that they be strings, and
    examples do not look at them (the house rules, which do, always run), so
    rewording a summary leaves every unit as checked as it was."""
    digests: dict[tuple[str, str], str] = {}

    def digest(section: str, name: str, value: Any) -> str:
        found = digests.get((section, name))
        if found is None:
            text = json.dumps(value, sort_keys=True, ensure_ascii=False)
            found = digests[(section, name)] = key("component", text)
        return found

    out = {}
    for (section, name), unit in named_units(doc).items():
        components = unit.get("components")
        written = dict(unit)
        if isinstance(components, dict) and all(isinstance(v, dict) for v in components.values()):
            written["components"] = {
                part: {n: digest(part, str(n), v) for n, v in entries.items()}
                for part, entries in components.items()
            }
        if section != "components":
            written[section] = {name: _blank_prose(unit[section][name])}
        out[(section, name)] = (unit, json.dumps(written, sort_keys=True, ensure_ascii=False))
    return out


def _blank_prose(item: Any) -> Any:
    """A path (or webhook) item with the string summaries and descriptions
    of it and of its operations made empty."""

    def blank(node: dict[str, Any]) -> dict[str, Any]:
        return {k: "" if k in PROSE and isinstance(v, str) else v for k, v in node.items()}

    if not isinstance(item, dict):
        return item
    return blank({k: blank(op) if isinstance(op, dict) else op for k, op in item.items()})


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
        self.store = Store(cache, "oas")
        salt = tool_version("openapi-spec-validator")
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
