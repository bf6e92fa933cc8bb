"""Unit tests of the house rules, on documents written inline."""

from __future__ import annotations

from typing import Any

from generator.validate import envelope_data, house_rules, runtime_rules

from .test_specs import single_file


def problems(doc: dict[str, Any], rules: Any = house_rules) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    rules(doc, lambda pointer, message: found.append((pointer, message)))
    return found


def test_a_valid_document_has_no_problems() -> None:
    assert problems(single_file()) == []


def test_operation_rules() -> None:
    doc = single_file()
    op = doc["paths"]["/pet/create"]["post"]
    op["operationId"] = "Pets.Create"
    assert problems(doc) == [
        (
            "/paths/~1pet~1create/post/operationId",
            "operationId must be dotted snake case, area.resource.method",
        )
    ]
    op["operationId"] = "toys.create"
    assert (
        "/paths/~1pet~1create/post/operationId",
        "operationId must start with its tag 'pets'",
    ) in problems(doc)
    op["operationId"], op["tags"] = "pets.create", ["pets", "toys"]
    assert ("/paths/~1pet~1create/post/tags", "an operation has exactly one tag") in problems(doc)


def test_nested_inline_objects_and_unknown_keywords() -> None:
    doc = single_file()
    doc["components"]["schemas"]["Pet"]["properties"]["owner"] = {
        "type": "object",
        "properties": {"n": {"type": "string", "descripton": "typo"}},
    }
    found = problems(doc)
    assert (
        "/components/schemas/Pet/properties/owner",
        "a nested object with properties must be a named schema ($ref)",
    ) in found


def test_runtime_rules_match_the_runtime() -> None:
    doc = single_file()
    doc["components"]["schemas"]["ErrorCode"] = {
        "type": "string",
        "enum": ["Unauthorized", "Brand"],
    }
    doc["components"]["securitySchemes"]["Other"] = {"type": "http", "scheme": "bearer"}
    found = dict(problems(doc, runtime_rules))
    assert "has no class" in found["/components/schemas/ErrorCode/enum/1"]
    assert "which the enum lacks" in found["/components/schemas/ErrorCode/enum"]
    assert "only API keys" in found["/components/securitySchemes/Other"]


def test_rate_limits_take_seconds_minutes_and_days() -> None:
    doc = single_file()
    op = doc["paths"]["/pet/create"]["post"]
    op["x-rate-limit"] = {"per_second": 10, "per_minute": 20, "per_day": 100}
    assert problems(doc, runtime_rules) == []
    op["x-rate-limit"] = {"per_day": 0}
    assert problems(doc, runtime_rules) == [
        (
            "/paths/~1pet~1create/post/x-rate-limit",
            "x-rate-limit takes positive per_second, per_minute and/or per_day",
        )
    ]
    op["x-rate-limit"] = {"per_hour": 3}
    assert len(problems(doc, runtime_rules)) == 1


def test_envelope_data() -> None:
    doc = single_file()
    env = {"$ref": "#/components/schemas/Envelope"}
    assert envelope_data(doc, env) is None
    assert envelope_data(doc, {"type": "object"}) is False
    data = {"$ref": "#/components/schemas/Pet"}
    assert envelope_data(doc, {"allOf": [env, {"properties": {"data": data}}]}) == data
