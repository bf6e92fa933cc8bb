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
    schemes = doc["components"]["securitySchemes"]
    schemes["Other"] = {"type": "apiKey", "in": "cookie", "name": "sid"}
    schemes["Basic"] = {"type": "http", "scheme": "basic"}
    schemes["Token"] = {"type": "http", "scheme": "bearer"}  # implemented: no problem
    schemes["Leaky"] = {"type": "apiKey", "in": "query", "name": "secret_key"}
    doc["security"] = [{"Key": []}, {"Leaky": []}]
    found = dict(problems(doc, runtime_rules))
    assert "has no class" in found["/components/schemas/ErrorCode/enum/1"]
    assert "which the enum lacks" in found["/components/schemas/ErrorCode/enum"]
    for name in ("Other", "Basic"):
        assert "query, bearer, header" in found[f"/components/securitySchemes/{name}"]
    assert "/components/securitySchemes/Token" not in found
    assert "SECRET_PARAMS" in found["/components/securitySchemes/Leaky/name"]
    assert "CLIENT_CREDENTIALS" in found["/security/1/Leaky"]


def test_parameters_in_the_path_and_headers() -> None:
    doc = single_file()
    path, op = "/pet/create", doc["paths"]["/pet/create"]["post"]
    op["parameters"] = [
        {"name": "id", "in": "path", "schema": {"type": "object"}},
        {"name": "X-Tag", "in": "header", "schema": {"type": "string"}},
        {"name": "c", "in": "cookie", "schema": {"type": "string"}},
    ]
    doc["paths"] = {path + "/{id}/{other}": doc["paths"][path]}
    at = "/paths/" + (path + "/{id}/{other}").replace("/", "~1") + "/post/parameters"
    found = problems(doc)
    expected = [
        (f"{at}/0/required", "a path parameter is required"),
        (f"{at}/0/schema", "a path parameter is a string or an integer"),
        (f"{at}/0", "required path parameter 'id' has no example"),
        (f"{at}/2/in", "parameters go in the query, the path or a header (no cookies)"),
        (at, "the path parameter {other} is not declared"),
    ]
    for problem in expected:
        assert problem in found, problem


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


def test_answers_outside_the_envelope_are_declared() -> None:
    doc = single_file()
    op = doc["paths"]["/pet/create"]["post"]
    op["x-envelope"] = True
    at = "/paths/~1pet~1create/post"
    assert (f"{at}/x-envelope", "x-envelope is false (an answer outside the envelope)") in (
        problems(doc)
    )
    op["x-envelope"] = False  # but the schema is still the envelope
    schema_at = f"{at}/responses/200/content/application~1json/schema"
    expected = "with x-envelope: false the 200 schema is the data, not an Envelope"
    assert (schema_at, expected) in problems(doc)
    content = op["responses"]["200"]["content"]["application/json"]
    content["schema"] = {"$ref": "#/components/schemas/Pet"}
    content["example"] = {"name": "a"}
    assert problems(doc) == []


def test_a_bearer_secret_of_an_operation_is_named_as_an_argument() -> None:
    doc = single_file()
    doc["components"]["securitySchemes"]["Trigger"] = {
        "type": "http",
        "scheme": "bearer",
        "x-argument": "Trigger-Token",
    }
    found = dict(problems(doc, runtime_rules))
    assert "snake_case" in found["/components/securitySchemes/Trigger/x-argument"]
    doc["components"]["securitySchemes"]["Trigger"]["x-argument"] = "trigger_token"
    doc["paths"]["/pet/create"]["post"]["security"] = [{"Trigger": []}, {"Key": []}]
    found = dict(problems(doc, runtime_rules))
    assert (
        "either the client's credential or a secret of its own"
        in found["/paths/~1pet~1create/post/security"]
    )
