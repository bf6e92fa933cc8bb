"""What the caller passes is what goes on the wire (issue 17, 6): `None` as
null at any depth, an argument left out as absent, `[]` as `[]`; values never
converted; a NaN or a lone surrogate refused, naming the argument."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest

import flashduty
from flashduty.types import FilterCondition

from . import evidence
from .conftest import APP_KEY
from .examples import method_of, operations
from .server import MockServer, envelope


@pytest.fixture
def sent(server: MockServer) -> Iterator[tuple[flashduty.Flashduty, MockServer]]:
    server.default = lambda seen: envelope({})
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        yield client, server


def body(server: MockServer) -> Any:
    return server.seen[-1].json()


@pytest.mark.parametrize(
    "assigned_to,wire",
    [
        ({"person_ids": None}, {"person_ids": None}),
        ({"person_ids": []}, {"person_ids": []}),
        ({"person_ids": [7]}, {"person_ids": [7]}),
        ({"escalate_rule_id": "r"}, {"escalate_rule_id": "r"}),  # person_ids left out: absent
    ],
)
def test_nested_none_is_null_empty_is_empty_and_unset_is_absent(
    sent: tuple[flashduty.Flashduty, MockServer], assigned_to: dict[str, Any], wire: Any
) -> None:
    client, server = sent
    client.incidents.assign(incident_ids=["i"], assigned_to=assigned_to)
    assert body(server)["assigned_to"] == wire


def test_none_inside_lists_of_lists(sent: tuple[flashduty.Flashduty, MockServer]) -> None:
    client, server = sent
    filters: Any = [[{"key": "k", "oper": "IN", "vals": None}]]
    settings = {"severity": "Warning"}
    rule = {"kind": "severity_reset", "if": filters, "settings": settings}
    client.alerts.pipelines.upsert(integration_id=1, rules=[rule])
    assert body(server)["rules"] == [rule]
    rule = {"kind": "severity_reset", "if": None, "settings": settings}
    client.alerts.pipelines.upsert(integration_id=1, rules=[rule])
    assert body(server)["rules"] == [rule]
    # A model built with None sends null too; one filled in place sends its items.
    condition = FilterCondition(key="k", oper="IN", vals=None)  # type: ignore[arg-type]
    assert condition.vals == [] and condition.to_dict() == {"key": "k", "oper": "IN", "vals": None}
    condition.vals.append("x")
    assert condition.to_dict()["vals"] == ["x"]


def test_a_null_list_read_from_an_answer_goes_back_as_null(
    sent: tuple[flashduty.Flashduty, MockServer],
) -> None:
    client, server = sent
    server.default = lambda seen: envelope({"key": "k", "oper": "IN", "vals": None})
    read = client.post("/x", cast_to=FilterCondition)
    assert read.vals == [] and read.to_dict()["vals"] is None


def test_values_are_never_converted(sent: tuple[flashduty.Flashduty, MockServer]) -> None:
    """One rule at every depth: a value is sent as given, or refused, never
    converted. Nested values are checked against the models (strictly);
    top-level ones are typed for the type checker and sent as they are."""
    client, server = sent
    with pytest.raises(
        ValueError, match=r"assigned_to\.person_ids\[0\]: input should be a valid integer"
    ):
        client.incidents.assign(incident_ids=["i"], assigned_to={"person_ids": ["3"]})
    assert server.seen == []
    client.incidents.list(start_time=1, end_time=2, p="7")  # type: ignore[arg-type]
    assert body(server)["p"] == "7"


@pytest.mark.parametrize(
    "kwargs,argument",
    [
        ({"incident_ids": [float("nan")]}, "incident_ids"),
        ({"incident_ids": ["\ud800"]}, "incident_ids"),
        (
            {
                "incident_ids": ["i"],
                "assigned_to": {"person_ids": [1]},
                "extra_body": {"x": float("inf")},
            },
            "x",
        ),
    ],
)
def test_nan_and_lone_surrogates_name_the_argument(
    sent: tuple[flashduty.Flashduty, MockServer], kwargs: dict[str, Any], argument: str
) -> None:
    client, server = sent
    kwargs.setdefault("assigned_to", {"person_ids": [1]})
    with pytest.raises(ValueError, match=f"argument '{argument}' cannot be sent"):
        client.incidents.assign(**kwargs)
    assert server.seen == []


def test_a_nested_nan_names_its_field(sent: tuple[flashduty.Flashduty, MockServer]) -> None:
    client, server = sent
    with pytest.raises(ValueError, match=r"assigned_to\.person_ids\[0\]"):
        client.incidents.assign(incident_ids=["i"], assigned_to={"person_ids": [float("nan")]})
    assert server.seen == []


def _vendor_requests() -> Iterator[tuple[str, dict[str, Any]]]:
    """(our operation id, body) of the vendor's documented requests that send a null."""
    by_path = {path: op["operationId"] for path, _, op in operations()}
    for path, item in evidence.vendor_document()["paths"].items():
        for op in item.values():
            if not isinstance(op, dict) or path not in by_path:
                continue
            media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
            examples = [(media or {}).get("example")] + [
                e.get("value") for e in ((media or {}).get("examples") or {}).values()
            ]
            for example in examples:
                if isinstance(example, dict) and "null" in json.dumps(example):
                    yield by_path[path], example


@pytest.mark.skipif(not evidence.available(), reason="the vendor's documents are not here")
def test_the_vendors_documented_requests_reach_the_wire_as_written(
    sent: tuple[flashduty.Flashduty, MockServer],
) -> None:
    client, server = sent
    found = {operation_id: example for operation_id, example in _vendor_requests()}
    assert {"alerts.pipelines.upsert", "schedules.create"} <= set(found)
    for operation_id in ("alerts.pipelines.upsert", "schedules.create"):
        method_of(client, operation_id)(**found[operation_id])
        assert body(server) == found[operation_id], operation_id
