"""Validate (after load): check the bundled document: OpenAPI 3.1 validity (oas.py), the
house rules of spec/README.md (here), and every example (examples.py). All
problems are collected before anything fails."""

from __future__ import annotations

import re
from typing import Any, Iterator

from .examples import ExampleCheck, examples
from .load import Bundle
from .oas import SpecCheck, unit_texts
from .problems import Add, Problems, join
from .reader import MULTIPART, OPERATION_ID, body_media, envelope_data
from .schemas import (
    deref,
    json_media,
    object_properties,
    operations,
    ref_name,
    schema_type,
    webhooks,
)

SCHEMA_KEYS = frozenset(
    "$ref $id $schema $defs $comment $anchor title description type enum const default examples "
    "example format pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum "
    "multipleOf items prefixItems minItems maxItems uniqueItems contains minContains maxContains "
    "properties patternProperties additionalProperties unevaluatedProperties unevaluatedItems "
    "propertyNames required minProperties maxProperties dependentRequired dependentSchemas allOf "
    "anyOf oneOf not if then else discriminator xml externalDocs deprecated readOnly writeOnly "
    "contentMediaType contentEncoding contentSchema".split()
)


class Validation:
    """The checks of one bundle. openapi-spec-validator may run in a worker
    process (`pool`) while house rules, examples and the later stages run
    here; `finish` waits for it. Its problems come first: the house rules
    assume a structurally valid document, and may fail on one that is not."""

    def __init__(self, bundle: Bundle, cache: str | None = None, pool: Any = None):
        self.bundle = bundle
        texts = unit_texts(bundle.document) if cache else None
        self.spec = SpecCheck(bundle.document, cache, texts)
        if pool is not None:
            self.spec.start(pool)
        self.problems = Problems()
        self.examples = ExampleCheck(texts, cache)

    def add(self, pointer: str, message: str) -> None:
        self.problems.add(pointer, message, self.bundle.locate(pointer))

    def house_rules(self) -> None:
        house_rules(self.bundle.document, self.add)

    def check_examples(self) -> None:
        """Every example against its schema (the uncached ones are checked
        by `finish`, in the worker if there is one)."""
        examples(self.bundle.document, self.bundle.widened, self.add, self.examples.todo)

    def check_structure(self) -> None:
        """Raise SpecError with the OpenAPI problems, if any (waits for them)."""
        spec = Problems()
        for pointer, message in self.spec.errors():
            spec.add(pointer, f"OpenAPI: {message[:300]}", self.bundle.locate(pointer))
        spec.raise_if_any()

    def finish(self, structure_checked: bool = False) -> None:
        """After `house_rules` and `check_examples`: raise SpecError with what was found, the
        OpenAPI problems first; else remember the examples as checked."""
        if not structure_checked:
            self.check_structure()
        self.problems.raise_if_any()
        self.examples.passed()


def validate(bundle: Bundle, cache: str | None = None) -> None:
    """Every check, in this process; raise SpecError on problems."""
    validation = Validation(bundle, cache)
    validation.check_structure()  # the house rules assume a valid structure
    validation.house_rules()
    validation.check_examples()
    validation.finish(structure_checked=True)


def house_rules(doc: dict[str, Any], add: Add) -> None:
    tags = {t.get("name") for t in doc.get("tags") or []}
    seen: dict[str, str] = {}
    for pointer, path, method, op in operations(doc):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not OPERATION_ID.match(op_id):
            add(
                join(pointer, "operationId"),
                "operationId must be dotted snake case, area.resource.method",
            )
            continue
        if op_id in seen:
            add(
                join(pointer, "operationId"), f"operationId {op_id!r} is also used by {seen[op_id]}"
            )
        seen[op_id] = f"{method.upper()} {path}"
        op_tags = op.get("tags") or []
        if len(op_tags) != 1:
            add(join(pointer, "tags"), "an operation has exactly one tag")
        elif op_tags[0] not in tags:
            add(join(pointer, "tags"), f"tag {op_tags[0]!r} is not declared in the root's tags")
        elif op_id.split(".")[0] != op_tags[0]:
            add(join(pointer, "operationId"), f"operationId must start with its tag {op_tags[0]!r}")
        for key in ("summary", "description"):
            if not str(op.get(key) or "").strip():
                add(pointer, f"{key} is missing")
        request_rules(doc, pointer, path, method, op, add)
        response_rules(doc, pointer, op, add)
    replaced_by_rules(doc, set(seen), add)
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        inline_objects(join("/components/schemas", name), schema, add, top=True)
    for pointer, schema in all_schemas(doc):
        unknown_keys(pointer, schema, add)
    webhook_rules(doc, add)
    runtime_rules(doc, add)


SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
RATE_KEYS = ("per_second", "per_minute", "per_day")


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def runtime_rules(doc: dict[str, Any], add: Add) -> None:
    """What the spec says must be what the static runtime can do: the keys
    it sends and redacts, the error codes it has classes for, the names of
    models, the limits it paces to."""
    from .auth import auth_rules, read_scheme
    from .runtime import error_codes, secret_params

    components = doc.get("components") or {}
    auth_rules(doc, add)
    for name, raw in (components.get("securitySchemes") or {}).items():
        scheme = read_scheme(name, raw)
        if scheme is not None and scheme.kind == "query" and scheme.wire not in secret_params():
            add(
                join("/components/securitySchemes", name, "name"),
                f"the runtime redacts only the keys {', '.join(secret_params())}; "
                f"add {scheme.wire!r} to SECRET_PARAMS in templates/runtime/_redact.py",
            )
    schemas = components.get("schemas") or {}
    for name in schemas:
        if not SCHEMA_NAME.match(name):
            add(join("/components/schemas", name), f"schema name {name!r} is not PascalCase")
    codes = (schemas.get("ErrorCode") or {}).get("enum")
    if isinstance(codes, list):
        known = error_codes()
        for i, code in enumerate(codes):
            if code not in known:
                add(
                    join("/components/schemas/ErrorCode/enum", i),
                    f"error code {code!r} has no class in ERROR_CLASSES of templates/runtime/_errors.py",
                )
        for code in sorted(set(known) - set(codes)):
            add(
                "/components/schemas/ErrorCode/enum",
                f"ERROR_CLASSES of templates/runtime/_errors.py has {code!r}, which the enum lacks",
            )
    limits = [("", doc.get("x-rate-limit"))]
    limits += [(p, op.get("x-rate-limit")) for p, _, _, op in operations(doc)]
    for pointer, limit in limits:
        if limit is None:
            continue
        rates = {k: v for k, v in limit.items() if k != "scope"} if isinstance(limit, dict) else {}
        if not rates or any(not _positive(v) or k not in RATE_KEYS for k, v in rates.items()):
            add(
                join(pointer, "x-rate-limit"),
                "x-rate-limit takes positive per_second, per_minute and/or per_day",
            )


def replaced_by_rules(doc: dict[str, Any], op_ids: set[str], add: Add) -> None:
    """A deprecated operation names the operation that replaces it (its
    warning tells users which method to call instead)."""
    for pointer, _, _, op in operations(doc):
        replacement = op.get("x-replaced-by")
        if op.get("deprecated") and replacement is None:
            add(pointer, "a deprecated operation names its replacement in `x-replaced-by`")
        elif replacement is not None and replacement not in op_ids:
            add(join(pointer, "x-replaced-by"), f"x-replaced-by: no operation {replacement!r}")


def webhook_rules(doc: dict[str, Any], add: Add) -> None:
    seen: dict[str, str] = {}
    for pointer, name, op in webhooks(doc):
        if op.get("operationId") != f"webhooks.{name}":
            add(join(pointer, "operationId"), f"a webhook's operationId is webhooks.{name}")
        if op.get("tags") != ["webhooks"]:
            add(join(pointer, "tags"), "a webhook has the one tag `webhooks`")
        types = op.get("x-event-types")
        if not isinstance(types, list) or not types or not all(isinstance(t, str) for t in types):
            add(join(pointer, "x-event-types"), "list the event_type values this payload carries")
            types = []
        for event_type in types:
            if event_type in seen:
                add(
                    join(pointer, "x-event-types"),
                    f"event type {event_type!r} is also claimed by webhook {seen[event_type]!r}",
                )
            seen[event_type] = name
        media = json_media((op.get("requestBody") or {}).get("content"))
        if media is None or ref_name((media[1] or {}).get("schema")) is None:
            add(join(pointer, "requestBody"), "a webhook's JSON body is a $ref to a named schema")
        elif "example" not in media[1] and "examples" not in media[1]:
            add(join(pointer, "requestBody", "content", media[0]), "the payload has no example")


def all_schemas(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every top-level schema: components, bodies, responses, parameters."""
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        yield join("/components/schemas", name), schema
    for pointer, _, _, op in operations(doc):
        for i, param in enumerate(op.get("parameters") or []):
            if isinstance(param, dict) and "schema" in param:
                yield join(pointer, "parameters", i, "schema"), param["schema"]
        for media, entry in ((op.get("requestBody") or {}).get("content") or {}).items():
            if isinstance(entry, dict) and "schema" in entry:
                yield join(pointer, "requestBody", "content", media, "schema"), entry["schema"]
        for status, response in (op.get("responses") or {}).items():
            for media, entry in ((response or {}).get("content") or {}).items():
                if isinstance(entry, dict) and "schema" in entry:
                    yield join(pointer, "responses", status, "content", media, "schema"), entry[
                        "schema"
                    ]


def unknown_keys(pointer: str, schema: Any, add: Add) -> None:
    """A key JSON Schema does not know is almost always a typo, or a YAML flow
    mapping cut short by a comma in an unquoted description."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key == "x-unix-time" and (
            value not in ("seconds", "milliseconds") or "integer" not in str(schema.get("type"))
        ):
            add(join(pointer, key), "x-unix-time is `seconds` or `milliseconds`, on an integer")
        if key.startswith("x-"):
            continue
        if key not in SCHEMA_KEYS:
            add(
                join(pointer, key),
                f"unknown schema keyword {key!r} (a typo, or an unquoted comma in a flow mapping?)",
            )
        elif key in ("properties", "patternProperties", "$defs", "dependentSchemas") and isinstance(
            value, dict
        ):
            for name, sub in value.items():
                unknown_keys(join(pointer, key, name), sub, add)
        elif key in ("allOf", "anyOf", "oneOf", "prefixItems") and isinstance(value, list):
            for i, sub in enumerate(value):
                unknown_keys(join(pointer, key, i), sub, add)
        elif key in (
            "items",
            "additionalProperties",
            "not",
            "if",
            "then",
            "else",
            "contains",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
        ) and isinstance(value, dict):
            unknown_keys(join(pointer, key), value, add)


def param_rules(doc: dict[str, Any], at: str, path: str, param: Any, add: Add) -> None:
    """A parameter sits where the runtime can put it: the query, a `{name}`
    of the path (required, a string or integer), or a header."""
    name, where = str(param.get("name")), param.get("in")
    if where not in ("query", "path", "header"):
        add(join(at, "in"), "parameters go in the query, the path or a header (no cookies)")
    if where == "path":
        if "{%s}" % name not in path:
            add(join(at, "name"), f"the path {path} has no {{{name}}}")
        if param.get("required") is not True:
            add(join(at, "required"), "a path parameter is required")
    if where in ("path", "header"):
        kind = schema_type(doc, param.get("schema") or {})
        if kind not in ("string", "integer"):
            add(join(at, "schema"), f"a {where} parameter is a string or an integer")
    if (param.get("required") or where == "path") and "example" not in param:
        add(at, f"required {where} parameter {name!r} has no example")


def request_rules(
    doc: dict[str, Any], pointer: str, path: str, method: str, op: dict[str, Any], add: Add
) -> None:
    body = op.get("requestBody")
    if method == "get" and body:
        add(join(pointer, "requestBody"), "a GET operation takes query parameters, not a body")
    params = [deref(doc, p) for p in op.get("parameters") or []]
    for i, param in enumerate(params):
        param_rules(doc, join(pointer, "parameters", i), path, param, add)
    declared = {str(p.get("name")) for p in params if p.get("in") == "path"}
    for name in re.findall(r"\{([^}]*)\}", path):
        if name not in declared:
            add(join(pointer, "parameters"), f"the path parameter {{{name}}} is not declared")
    path_item = (doc.get("paths") or {}).get(path) or {}
    if isinstance(path_item, dict) and path_item.get("parameters"):
        add(join("/paths", path, "parameters"), "declare parameters on each operation instead")
    if not body:
        return
    content = body.get("content") or {}
    media = body_media(content)
    if media is None:
        add(
            join(pointer, "requestBody", "content"),
            f"the body must be application/json or {MULTIPART}",
        )
        return
    name, entry = media
    at = join(pointer, "requestBody", "content", name)
    schema = entry.get("schema")
    if isinstance(schema, dict) and schema_type(doc, schema) == "array":
        if not isinstance(op.get("x-body-name"), str):
            add(
                join(at, "schema"),
                "an array body needs `x-body-name`: the name of the argument that carries it",
            )
        inline_objects(join(at, "schema"), schema, add, top=True)
        if "example" not in entry and "examples" not in entry:
            add(at, "the request body has no example")
        return
    if not isinstance(schema, dict) or schema_type(doc, schema) != "object":
        add(
            join(at, "schema"),
            "the request body must be an object schema (its properties become arguments)",
        )
        return
    props, _ = object_properties(doc, schema)
    for prop, sub in props.items():
        inline_objects(join(at, "schema", "properties", prop), sub, add, top=False)
    if props and name != MULTIPART and "example" not in entry and "examples" not in entry:
        add(at, "the request body has no example")


def response_rules(doc: dict[str, Any], pointer: str, op: dict[str, Any], add: Add) -> None:
    responses = op.get("responses") or {}
    ok = responses.get("200")
    if not isinstance(ok, dict):
        add(join(pointer, "responses"), "a 200 response is required")
        return
    ok = deref(doc, ok)
    media = json_media(ok.get("content"))
    at = join(pointer, "responses", "200", "content")
    if media is None:
        if not ok.get("content"):
            add(at, "the 200 response has no content")
        return
    name, entry = media
    at = join(at, name)
    if "example" not in entry and "examples" not in entry:
        add(at, "the 200 response has no example")
    schema = entry.get("schema") or {}
    bare = op.get("x-envelope")
    if bare is not None and bare is not False:
        add(join(pointer, "x-envelope"), "x-envelope is false (an answer outside the envelope)")
    data = schema if bare is False else envelope_data(doc, schema)
    if bare is False and (not data or envelope_data(doc, schema) is not False):
        add(
            join(at, "schema"), "with x-envelope: false the 200 schema is the data, not an Envelope"
        )
    elif data is False:
        add(
            join(at, "schema"),
            "the 200 schema must be the Envelope, or allOf [Envelope, {properties: {data}}]",
        )
    elif data is not None:
        target = (
            data.get("items") if schema_type(doc, data) == "array" and "$ref" not in data else data
        )
        if (
            schema_type(doc, target) == "object"
            and ref_name(target) is None
            and not _is_map(target)
        ):
            add(join(at, "schema"), "`data` must be a $ref to a named schema (or an array of one)")
    unwrap = op.get("x-unwrap")
    if unwrap is not None:
        props, _ = object_properties(doc, data) if data else ({}, set())
        if not isinstance(unwrap, str) or unwrap not in props:
            add(
                join(pointer, "x-unwrap"),
                f"x-unwrap names {unwrap!r}, which is not a property of the data",
            )
    paging = op.get("x-pagination")
    if paging is not None and data:
        pager_rules(doc, join(pointer, "x-pagination"), op, paging, data, add)


def pager_rules(
    doc: dict[str, Any], at: str, op: dict[str, Any], paging: Any, data: Any, add: Add
) -> None:
    if (
        not isinstance(paging, dict)
        or "items" not in paging
        or not ({"page", "cursor"} & set(paging))
    ):
        add(at, "x-pagination needs `items` and `page` and/or `cursor`")
        return
    if not all(isinstance(v, str) for v in paging.values()):
        add(at, "x-pagination's values are the names of fields")
        return
    props, _ = object_properties(doc, data)
    if paging["items"] not in props:
        add(at, f"the data schema has no property {paging['items']!r} for the items")
    if "total" in paging and paging["total"] not in props:
        add(at, f"the data schema has no {paging['total']!r} counting the matches")
    if (
        "has_next_page" not in props
        and not ("cursor" in paging and paging["cursor"] in props)
        and not ("total" in paging and "page" in paging)
    ):
        add(
            at,
            "the data schema has neither `has_next_page` nor the cursor to tell whether more "
            "follows (a page-number list without them names its match count in `total`)",
        )
    body = json_media((op.get("requestBody") or {}).get("content")) or ("", {})
    request_props, _ = object_properties(doc, body[1].get("schema") or {})
    params = [deref(doc, p) for p in op.get("parameters") or []]
    request_props.update({str(p.get("name")): p for p in params if isinstance(p, dict)})
    for key in ("page", "cursor"):
        if key in paging and str(paging[key]) not in request_props:
            add(at, f"the request has no {paging[key]!r} field for the {key}")
    if "cursor" in paging and paging["cursor"] not in props:
        add(at, f"the data schema has no {paging['cursor']!r} to continue from")


def _is_map(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "additionalProperties" in schema
        and not schema.get("properties")
    )


def inline_objects(pointer: str, schema: Any, add: Add, top: bool) -> None:
    """A nested object with its own properties must be a named schema, so
    that it becomes one model with one name."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return
    if not top and schema.get("properties"):
        add(pointer, "a nested object with properties must be a named schema ($ref)")
        return
    for name, sub in (schema.get("properties") or {}).items():
        inline_objects(join(pointer, "properties", name), sub, add, top=False)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            inline_objects(join(pointer, key), schema[key], add, top=False)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(schema.get(key) or []):
            inline_objects(join(pointer, key, i), sub, add, top=top)
