"""flashduty.webhooks.parse on every example payload of the spec, on event
types this version does not know, and on bodies that are not payloads."""

from __future__ import annotations

import json
from typing import Any

import pytest

import flashduty
from flashduty import webhooks
from flashduty.types import IncidentEvent

from .examples import document

HOOKS = document()["webhooks"]
EXAMPLES = [
    (name, example_name, ex["value"], hook["post"])
    for name, hook in HOOKS.items()
    for example_name, ex in hook["post"]["requestBody"]["content"]["application/json"][
        "examples"
    ].items()
]


def model_name(op: dict[str, Any]) -> str:
    return str(op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1])


@pytest.mark.parametrize(
    "hook,example,payload,op", EXAMPLES, ids=[f"{e[0]}-{e[1]}" for e in EXAMPLES]
)
def test_example_payloads_parse_into_their_model(
    hook: str, example: str, payload: dict[str, Any], op: dict[str, Any]
) -> None:
    for body in (json.dumps(payload).encode(), json.dumps(payload), payload):
        event = webhooks.parse(body)
        assert type(event).__name__ == model_name(op)
        assert event.event_type == payload["event_type"] and event.event_id == payload["event_id"]
        assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload


def test_every_documented_event_type_maps_to_its_payload() -> None:
    for name, hook in HOOKS.items():
        op = hook["post"]
        for event_type in op["x-event-types"]:
            assert webhooks.EVENT_TYPES[event_type].__name__ == model_name(op)
    assert len(webhooks.EVENT_TYPES) == sum(len(h["post"]["x-event-types"]) for h in HOOKS.values())


def test_unknown_event_type_parses_into_a_generic_event() -> None:
    event = webhooks.parse(
        b'{"event_type": "i_teleported", "event_id": "e1", "incident": {"x": 1}}'
    )
    assert isinstance(event, webhooks.UnknownEvent)
    assert event.event_id == "e1" and event.model_extra == {"incident": {"x": 1}}
    assert isinstance(webhooks.parse({"event_id": "e2"}), webhooks.UnknownEvent)


def test_new_fields_and_nulls_in_a_known_payload_do_not_break_parsing() -> None:
    name, _, payload, op = EXAMPLES[0]
    changed = dict(payload, brand_new={"a": 1})
    for key, value in payload.items():
        if isinstance(value, dict):
            changed[key] = dict(
                value, **{k: None for k, v in value.items() if isinstance(v, (list, dict))}
            )
    event = webhooks.parse(changed)
    assert type(event).__name__ == model_name(op) and event.model_extra == {"brand_new": {"a": 1}}


@pytest.mark.parametrize(
    "body,message", [(b"{not json", "not JSON"), (b"[1, 2]", "JSON list"), (b'"x"', "JSON str")]
)
def test_bodies_that_are_not_payloads_raise(body: bytes, message: str) -> None:
    with pytest.raises(webhooks.WebhookParseError, match=message):
        webhooks.parse(body)
    assert issubclass(webhooks.WebhookParseError, flashduty.FlashdutyError)


def test_a_known_type_with_a_broken_payload_names_the_field() -> None:
    name, _, payload, op = EXAMPLES[0]
    broken = {k: v for k, v in payload.items() if k != "event_id"}
    required = set(document()["components"]["schemas"][model_name(op)].get("required", []))
    if "event_id" not in required:
        pytest.skip("event_id is optional in this payload")
    with pytest.raises(webhooks.WebhookParseError, match="event_id: a required field is missing"):
        webhooks.parse(broken, strict=True)
    assert webhooks.parse(broken).event_id == ""  # by default read as the server's Go SDK reads it


def test_receivers_are_told_to_deduplicate() -> None:
    assert (
        webhooks.__doc__ is not None
        and "event_id" in webhooks.__doc__
        and "more than once" in webhooks.__doc__
    )


def test_each_event_type_parses_into_its_payload() -> None:
    for name, hook in HOOKS.items():
        op = hook["post"]
        payload = next(iter(op["requestBody"]["content"]["application/json"]["examples"].values()))[
            "value"
        ]
        for event_type in op["x-event-types"]:
            event = webhooks.parse(dict(payload, event_type=event_type))
            assert type(event).__name__ == model_name(op) and event.event_type == event_type


def test_scalars_and_objects_where_strings_belong_are_kept_as_they_came(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No value of the map can be read as a string: each stays what it was
    (True is not "True"), one warning names the map, strict names the first."""
    from flashduty import _reading

    labels: dict[str, Any] = {"a": 1, "b": 2.5, "c": True, "d": {"x": [1]}, "e": "s", "f": [2]}
    body = json.dumps({"event_type": "i_new", "incident": {"labels": labels}}).encode()
    _reading._warned.clear()
    with caplog.at_level("WARNING", logger="flashduty"):
        event = webhooks.parse(body)
    assert isinstance(event, IncidentEvent) and event.incident is not None
    read = event.incident.labels
    assert read == labels and list(read) == list(labels)
    assert [type(v) for v in read.values()] == [type(v) for v in labels.values()]
    assert caplog.text.count("incident.labels{}: a value of another type (got int)") == 1
    with pytest.raises(flashduty.WebhookParseError, match=r"incident\.labels\.a: a value of an"):
        webhooks.parse(body, strict=True)


@pytest.mark.parametrize("collecting", [True, False])
def test_reading_leaves_the_garbage_collector_as_it_found_it(collecting: bool) -> None:
    import gc

    (gc.enable if collecting else gc.disable)()
    try:
        webhooks.parse(b'{"event_type": "i_new", "incident": {"labels": {"a": 1}}}')
        with pytest.raises(flashduty.WebhookParseError):
            webhooks.parse(b'{"event_type": "i_new", ')
        assert gc.isenabled() is collecting
    finally:
        gc.enable()
