"""Unit tests of the IR: types, auth, areas, rate limits, names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.ir import Models, RateLimit, _Builder, build, py_name
from generator.load import bundle
from generator.pytypes import ANY, ANY_MAP, Generic, LiteralOf, Model, Unnamed, optional, union

from .test_generator import MINI
from .test_specs import single_file, write


def builder(doc: dict[str, Any]) -> _Builder:
    class FakeBundle:
        document = doc

        def locate(self, pointer: str) -> str:
            return ""

    return _Builder(FakeBundle())  # type: ignore[arg-type]


def test_types_know_their_annotation_imports_and_runtime_form() -> None:
    pet = union(Model("Pet"), ANY_MAP)
    listed = Generic("List", pet)
    assert listed.annotation() == "List[Pet | Dict[str, Any]]"
    assert listed.model() == ("Pet", "l")
    assert listed.models() == {"Pet"}
    assert ("typing", "List") in listed.imports() and ("typing", "Dict") in listed.imports()
    assert Generic("List", Model("Pet")).runtime() == 'generic(List, _TYPES["Pet"])'
    assert optional(optional(Model("Pet"))).annotation() == "Pet | None"
    assert optional(ANY) == ANY
    assert LiteralOf(("a", 'b"c', 1)).annotation() == 'Literal["a", "b\\"c", 1]'


def test_schema_types() -> None:
    doc = {
        "components": {
            "schemas": {
                "Pet": {"type": "object", "properties": {"a": {}}},
                "Tags": {"type": "array", "items": {"type": "string"}},
            }
        }
    }
    b = builder(doc)
    ref = {"$ref": "#/components/schemas/Pet"}
    assert b.type(ref, False) == Model("Pet")
    assert b.type(ref, True).annotation() == "Pet | Mapping[str, Any]"
    # Arguments are covariant, read-only containers: a caller's list[Pet] or
    # tuple fits, a bare str does not.
    pets = {"type": "array", "items": ref}
    assert b.type(pets, True).annotation() == "SequenceNotStr[Pet | Mapping[str, Any]]"
    assert b.type(pets, False).annotation() == "List[Pet]"
    strings = {"type": "array", "items": {"type": "string"}}
    assert b.type(strings, True).annotation() == "SequenceNotStr[str]"
    assert (".._types", "SequenceNotStr") in b.type(strings, True).imports()
    assert (
        b.type({"type": "object", "additionalProperties": {"type": "string"}}, True).annotation()
        == "Mapping[str, str]"
    )
    # A class that is not an object (a RootModel of a list) is inlined.
    assert b.type({"$ref": "#/components/schemas/Tags"}, False).annotation() == "List[str]"
    assert b.type({"type": ["string", "null"]}, False).annotation() == "str | None"
    # An enum argument takes what a model field read from an answer holds.
    assert (
        b.type({"type": "string", "enum": ["a"]}, True).annotation() == 'Literal["a"] | EnumValue'
    )
    assert b.type({"type": "string", "enum": ["a"]}, False).annotation() == "str"
    assert b.type({"type": "string", "format": "binary"}, True).annotation() == "FileInput"
    assert (
        b.type({"additionalProperties": {"type": "integer"}}, False).annotation()
        == "Dict[str, int]"
    )


def test_schemas_that_reach_themselves_read_as_any_where_they_come_back() -> None:
    """Aliases, unions and lists that name themselves: the reader stops where
    a ref comes back (the models stop at a model's name on their own)."""
    doc = {
        "components": {
            "schemas": {
                "Tree": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                "Loop": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Loop"}]},
                "Self": {"allOf": [{"$ref": "#/components/schemas/Self"}]},
                "Node": {"type": "object", "properties": {"next": {"$ref": "#/x/Node"}}},
            }
        }
    }
    b = builder(doc)

    def ref(name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{name}"}

    assert b.type(ref("Tree"), False).annotation() == "List[Any]"
    assert b.type(ref("Loop"), True).annotation() == "str | Any"
    assert b.type(ref("Self"), False) == ANY
    assert b.type(ref("Node"), False) == Model("Node")
    assert b.reader.models == {"Node"}


def test_an_object_with_fields_but_no_name_is_a_model_to_the_diff() -> None:
    """Only documents outside the house rules (the vendor's) have one: an
    object with properties, or an allOf of several parts, is a class to
    datamodel-code-generator, whatever its name; an object without them a map."""
    b = builder({})
    fields = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert b.type(fields, False) == Unnamed()
    assert b.type(fields, True).annotation() == "object | Mapping[str, Any]"
    both = {"allOf": [fields, {"properties": {"b": {}}}]}
    assert b.type(both, False) == Unnamed()
    assert b.type({"type": "object", "properties": {}}, False) == ANY_MAP


def test_a_model_the_models_stage_did_not_make_is_refused(tmp_path: Path) -> None:
    """The reader tells models from the document; if datamodel-code-generator
    ever made no class of one, the IR says so instead of naming a missing class."""
    loaded = bundle(str(write(tmp_path, single_file())))
    models = Models({"envelope": "class Envelope: ...\n"}, {"Envelope": "envelope"}, frozenset())
    with pytest.raises(RuntimeError, match="no model class was generated for .*Pet"):
        build(loaded, models)


def test_auth_schemes_are_data_read_from_security_schemes() -> None:
    doc = {
        "security": [{"Main": []}, {"Token": []}],
        "components": {
            "securitySchemes": {
                "Main": {"type": "apiKey", "in": "query", "name": "app_key"},
                "Token": {"type": "http", "scheme": "bearer"},
                "Hook": {"type": "apiKey", "in": "query", "name": "integration_key"},
                "TriggerAuth": {"type": "http", "scheme": "bearer", "x-argument": "token"},
                "Dsid": {"type": "apiKey", "in": "header", "name": "X-Key"},
            }
        },
    }
    b = builder(doc)
    both = b.auth.of({})
    assert both.mode == "client" and both.endpoint_auth == "client" and both.text() is None
    assert [s.kind for s in both.schemes] == ["query", "bearer"]
    only_key = b.auth.of({"security": [{"Main": []}]})
    assert only_key.endpoint_auth == "app_key" and only_key.text() == "auth: app_key only"
    assert b.auth.of({"security": [{"Token": []}]}).endpoint_auth == "access_token"
    none = b.auth.of({"security": []})
    assert none.endpoint_auth == "none" and b.secret(none) is None
    hook = b.auth.of({"security": [{"Hook": []}]})
    param = b.secret(hook)
    assert hook.endpoint_auth == "integration_key" and param is not None
    assert (param.wire, param.location, param.required) == ("integration_key", "secret", True)
    trigger = b.auth.of({"security": [{"TriggerAuth": []}]})
    assert trigger.own is not None and (trigger.own.kind, trigger.own.wire) == (
        "bearer",
        "Authorization",
    )
    assert trigger.endpoint_auth == "token"
    header = b.auth.of({"security": [{"Dsid": []}]})
    assert header.own is not None and (header.own.argument, header.own.wire) == ("dsid", "X-Key")
    assert header.own.kind == "header" and b.secret(header) is not None


def test_root_schemas_take_the_area_of_their_first_user(tmp_path: Path) -> None:
    loaded = bundle(str(write(tmp_path, single_file())))
    api = build(
        loaded,
        Models(
            {"pet": "class Pet: ...\n", "envelope": "class Envelope: ...\n"},
            {"Pet": "pet", "Envelope": "envelope"},
            frozenset({"Pet", "Envelope"}),
        ),
    )
    assert api.type_modules == {"pets": ("Envelope", "Pet")}
    assert api.base_url == "https://one.example.test"
    assert api.resources[0].operations[0].data == Model("Pet")


def test_component_files_keep_their_own_area() -> None:
    loaded = bundle(str(MINI / "openapi.yaml"))
    classes = {"Pet": "pet", "Toy": "toy", "Page": "page", "Envelope": "envelope"}
    classes |= {"PetEvent": "pet", "PetPage": "page", "Pushed": "pet"}
    api = build(
        loaded,
        Models({m: f"class {n}: ...\n" for n, m in classes.items()}, classes, frozenset(classes)),
    )
    assert api.type_modules["common"] == ("Envelope", "Page")
    assert "Pet" in api.type_modules["pets"]


def test_rate_limit_and_names() -> None:
    limit = RateLimit.of({"per_second": 10, "per_minute": 60, "scope": "account"})
    assert limit is not None and limit.text() == "10 per second, 60 per minute"
    assert limit.items() == {"per_second": 10, "per_minute": 60}
    assert RateLimit.of(None) is None
    daily = RateLimit.of({"per_second": 10, "per_minute": 20, "per_day": 100})
    assert daily is not None and daily.paced
    assert (
        daily.text() == "10 per second, 20 per minute, 100 per day (the daily quota is not paced)"
    )
    only_daily = RateLimit.of({"per_day": 5})
    assert only_daily is not None and not only_daily.paced
    assert [py_name(n) for n in ("class", "self", "1st", "a-b", "type")] == [
        "class_",
        "self_",
        "_1st",
        "a_b",
        "type",
    ]
