"""What a new user met beyond the happy path (a probe of the package as a
user writes it), over a real server on 127.0.0.1: answers of another kind
altogether, warnings that say what is wrong, request models filled in place,
credentials in reprs, short keys, timeouts, uploads from a path."""

from __future__ import annotations

import asyncio
import json
import logging
import pathlib

import pytest

import flashduty
from flashduty.types import AssignedTo, Integration

from .conftest import APP_KEY
from .examples import response_example
from .server import MockServer, Reply, envelope

INCIDENT = response_example("incidents.info")["data"]


@pytest.mark.parametrize(
    "path,data,call",
    [
        ("/incident/info", "69da451ef77b1b51f40e83ee", lambda c: c.incidents.info(incident_id="x")),
        ("/incident/info", [INCIDENT], lambda c: c.incidents.info(incident_id="x")),
        ("/incident/list", [INCIDENT], lambda c: c.incidents.list(start_time=1, end_time=2)),
    ],
    ids=["model-gets-string", "model-gets-list", "page-gets-list"],
)
def test_data_of_another_kind_fails_even_when_lenient(
    server: MockServer, path: str, data: object, call: object
) -> None:
    server.script(path, envelope(data, request_id="req-kind"))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(
            flashduty.APIResponseError, match=r"data: an object expected, got (str|list)"
        ) as caught:
            call(client)  # type: ignore[operator]
    assert caught.value.request_id == "req-kind"

    async def async_call() -> None:
        async with flashduty.AsyncFlashduty(
            app_key=APP_KEY, base_url=server.url, max_retries=0
        ) as aclient:
            outcome = call(aclient)  # type: ignore[operator]
            await outcome

    with pytest.raises(flashduty.APIResponseError, match="data: an object expected"):
        asyncio.run(async_call())


def test_warnings_name_the_real_problem(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    from flashduty import _reading

    _reading._warned.clear()
    items = [dict(INCIDENT, incident_id=f"{i:024x}", title=i) for i in range(3)]
    items.append(dict(INCIDENT, labels="env=prod"))
    server.script("/incident/list", envelope({"items": items, "has_next_page": False}))
    caplog.set_level(logging.WARNING, logger="flashduty")
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        page = client.incidents.list(start_time=1, end_time=2)
    assert [item.title for item in page.items[:3]] == [0, 1, 2]  # kept as sent
    assert page.items[3].labels == "env=prod"
    assert "data.items[].title: Input should be a valid string (got int)" in caplog.text
    assert "data.items[].labels: Input should be a valid dictionary (got str)" in caplog.text
    assert "Input should be None" not in caplog.text  # the null branch of a list is not the problem
    assert caplog.text.count("data.items[].title") == 1  # once per operation and path


def test_a_list_filled_in_place_is_sent(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/create", envelope({"incident_id": "x"}))
    assigned = AssignedTo()
    assigned.person_ids.append(7)  # the default [] changed in place, never assigned
    client.incidents.create(title="t", incident_severity="Critical", assigned_to=assigned)
    assert server.seen[0].json()["assigned_to"] == {"person_ids": [7]}


def test_credentials_stay_out_of_reprs() -> None:
    integration = Integration.model_validate(
        {"integration_id": 1, "integration_key": "very-secret-value"}
    )
    assert integration.integration_key == "very-secret-value"
    assert "very-secret-value" not in repr(integration) and "very-secret-value" not in str(
        integration
    )


def test_a_short_key_is_hidden_as_a_word_only(server: MockServer) -> None:
    body = {
        "request_id": "r",
        "error": {"code": "RequestTooFrequently", "message": "too many requests for key any"},
    }
    server.script(
        "/incident/info",
        Reply(429, json.dumps(body).encode(), {"Content-Type": "application/json"}),
    )
    with flashduty.Flashduty(app_key="any", base_url=server.url, max_retries=0) as client:
        with pytest.raises(flashduty.RateLimitError) as caught:
            client.incidents.info(incident_id="x")
    assert str(caught.value).startswith("RequestTooFrequently: too many requests for key ***")


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("inf"), float("nan")])
def test_timeout_must_be_positive_seconds(bad: object) -> None:
    with pytest.raises(ValueError, match="timeout must be a finite number of seconds above 0"):
        flashduty.Flashduty(app_key=APP_KEY, timeout=bad)  # type: ignore[arg-type]
    client = flashduty.Flashduty(app_key=APP_KEY)
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        client.incidents.info(incident_id="x", timeout=bad)  # type: ignore[arg-type]


def test_an_upload_from_a_path(
    client: flashduty.Flashduty, server: MockServer, tmp_path: pathlib.Path
) -> None:
    csv = tmp_path / "rows.csv"
    csv.write_bytes(b"host,owner\nweb1,alice\n")
    server.script("/enrichment/mapping/data/upload", envelope())
    client.alerts.enrichment.mapping.data.upload(schema_id="s1", file=csv)
    body = server.seen[0].body
    assert b'filename="rows.csv"' in body and b"host,owner\nweb1,alice\n" in body
    with pytest.raises(TypeError, match="file: expected bytes, a path or a binary file, got int"):
        client.alerts.enrichment.mapping.data.upload(schema_id="s1", file=5)  # type: ignore[arg-type]


def test_response_error_text_says_the_status_once(server: MockServer) -> None:
    server.script(
        "/incident/info", Reply(502, b"<html>bad gateway</html>", {"Content-Type": "text/html"})
    )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(flashduty.APIResponseError) as caught:
            client.incidents.info(incident_id="x")
    assert str(caught.value).count("502") == 1 and "request_id none" not in str(caught.value)


def test_lazy_modules_are_listed() -> None:
    assert "Incident" in dir(flashduty.types) and "IncidentPage" in dir(flashduty.types)
    assert {"types", "webhooks", "resources"} <= set(dir(flashduty))


def test_arguments_of_the_callers_own_types(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    import types

    from flashduty.types import FilterCondition

    server.script("/channel/silence/rule/create", envelope({"rule_id": "r1"}))
    condition = types.MappingProxyType({"key": "title", "oper": "IN", "vals": ["db"]})
    client.channels.silence_rules.create(
        channel_id=1,
        rule_name="n",
        filters=((FilterCondition(key="title", oper="IN", vals=["x"]), condition),),
    )
    assert server.seen[0].json()["filters"] == [
        [
            {"key": "title", "oper": "IN", "vals": ["x"]},
            {"key": "title", "oper": "IN", "vals": ["db"]},
        ]
    ]
    with pytest.raises(TypeError, match=r"filters: expected a list, got str"):
        client.channels.silence_rules.create(channel_id=1, rule_name="n", filters="title")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name,bad",
    [
        ("max_retries", "2"),
        ("max_retries", True),
        ("max_retries", 1.5),
        ("max_response_size", "1MB"),
        ("max_response_size", 0),
    ],
)
def test_other_settings_name_themselves_when_wrong(name: str, bad: object) -> None:
    with pytest.raises(ValueError, match=name):
        flashduty.Flashduty(app_key=APP_KEY, **{name: bad})  # type: ignore[arg-type]


def test_uploads_refuse_what_they_cannot_read(
    client: flashduty.Flashduty, tmp_path: pathlib.Path
) -> None:
    upload = client.alerts.enrichment.mapping.data.upload
    with pytest.raises(ValueError, match="file: cannot read .*missing.csv"):
        upload(schema_id="s1", file=tmp_path / "missing.csv")


def test_a_request_error_names_the_path(client: flashduty.Flashduty) -> None:
    with pytest.raises(
        ValueError, match=r"filters\[0\]\[0\]\.vals\[0\]: input should be a valid string"
    ):
        client.channels.silence_rules.create(
            channel_id=1, rule_name="n", filters=[[{"key": "title", "oper": "IN", "vals": [5]}]]
        )


def test_kept_values_go_back_without_warnings(server: MockServer) -> None:
    import warnings

    server.script("/incident/info", envelope(dict(INCIDENT, title=5, labels="x")))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        incident = client.incidents.info(incident_id="x")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wire = incident.to_dict()
    assert wire["title"] == 5 and wire["labels"] == "x"


def test_generic_calls_check_the_kind_of_data(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/new/count", envelope({"n": 1}))
    with pytest.raises(flashduty.APIResponseError, match="data: a single value expected, got dict"):
        client.get("/new/count", cast_to=int)
    server.script("/new/list", envelope(None))
    assert client.get("/new/list", cast_to=list[int]) == []
