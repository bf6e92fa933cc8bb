"""Credentials over real HTTP: access tokens instead of the APP key on every
kind of request, operations with secrets of their own (integration keys,
automation trigger tokens), and tokens kept out of every text a user sees.
Also the parameters that travel in the path and in headers, and an answer
outside the envelope."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from pathlib import Path
from typing import Any, Iterator

import pytest

import flashduty

from .conftest import APP_KEY
from .examples import response_example
from .server import MockServer, Reply, envelope, error

TOKEN = "fd-access-token-93b1e7d05c"  # fake; asserted never to leak
TRIGGER = "fd-trigger-token-5a2f8c61"
INCIDENT = response_example("incidents.info")["data"]
FIRED = {"type": "routine_fire", "session_id": "s1", "session_url": "https://x.test/s1"}


@pytest.fixture(autouse=True)
def no_credentials_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FLASHDUTY_APP_KEY", "FLASHDUTY_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def tclient(server: MockServer) -> Iterator[flashduty.Flashduty]:
    with flashduty.Flashduty(access_token=TOKEN, base_url=server.url, timeout=5.0) as c:
        c.backoff = type(c.backoff)(initial=0.01, maximum=0.05, retry_after_cap=0.2)
        yield c


def _page(items: list[Any], has_next: bool, cursor: str = "") -> Reply:
    data: dict[str, Any] = {"total": 3, "has_next_page": has_next, "items": items}
    if cursor:
        data["search_after_ctx"] = cursor
    return envelope(data)


def _bearer_only(server: MockServer, count: int) -> None:
    assert len(server.seen) == count
    for seen in server.seen:
        assert seen.headers.get("Authorization") == f"Bearer {TOKEN}", seen.path
        assert "app_key" not in seen.query, seen.path


def test_an_access_token_goes_as_bearer_on_every_kind_of_request(
    tclient: flashduty.Flashduty, server: MockServer, tmp_path: Path
) -> None:
    server.script("/incident/info", envelope(INCIDENT), envelope(INCIDENT))
    server.script("/incident/post-mortem/info", envelope({}))
    server.script("/enrichment/mapping/data/upload", envelope())
    server.script("/incident/list", _page([INCIDENT], True, "c1"), _page([INCIDENT], False))
    server.script("/some/new/thing", envelope({"a": 1}), envelope({"b": 2}))
    tclient.incidents.info(incident_id="x", extra_query={"q": "1"}, extra_body={"more": 1})
    tclient.incidents.post_mortems.info(post_mortem_id="p1")  # a GET
    csv = tmp_path / "map.csv"
    csv.write_bytes(b"a,b\n1,2\n")
    tclient.alerts.enrichment.mapping.data.upload(schema_id="s1", file=csv)
    assert len(list(tclient.incidents.list(start_time=1, end_time=2))) == 2
    assert tclient.post("/some/new/thing", body={"x": 1}) == {"a": 1}
    assert tclient.get("/some/new/thing", params={"p": 1}) == {"b": 2}
    tclient.with_options(timeout=3).incidents.info(incident_id="x", extra_headers={"X-Team": "sre"})
    _bearer_only(server, 8)
    assert server.seen[0].query == {"q": ["1"]} and server.seen[0].json()["more"] == 1
    assert server.seen[-1].headers["X-Team"] == "sre"


async def test_the_async_client_sends_the_token_too(server: MockServer) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    server.script("/incident/list", _page([INCIDENT], True, "c1"), _page([INCIDENT], False))
    server.script("/some/new/thing", envelope({"a": 1}))
    async with flashduty.AsyncFlashduty(access_token=TOKEN, base_url=server.url) as client:
        await client.incidents.info(incident_id="x")
        assert len([i async for i in client.incidents.list(start_time=1, end_time=2)]) == 2
        assert await client.post("/some/new/thing") == {"a": 1}
        assert TOKEN not in repr(client) and "access_token='***'" in repr(client)
    _bearer_only(server, 4)


def test_the_app_key_still_goes_in_the_query_and_no_header(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    client.incidents.info(incident_id="x")
    assert server.seen[0].query == {"app_key": [APP_KEY]}
    assert "Authorization" not in server.seen[0].headers


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"app_key": APP_KEY, "access_token": TOKEN}, "either app_key or access_token"),
        ({"access_token": ""}, "access_token is empty"),
        ({"access_token": "  "}, "access_token is empty"),
    ],
)
def test_ambiguous_or_empty_credentials_are_refused(kwargs: dict[str, Any], message: str) -> None:
    for cls in (flashduty.Flashduty, flashduty.AsyncFlashduty):
        with pytest.raises(ValueError, match=message) as info:
            cls(**kwargs)
        assert TOKEN not in str(info.value) and APP_KEY not in str(info.value)


def test_credentials_from_the_environment(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.script("/incident/info", *[envelope(INCIDENT)] * 4)
    monkeypatch.setenv("FLASHDUTY_ACCESS_TOKEN", TOKEN)
    flashduty.Flashduty(base_url=server.url).incidents.info(incident_id="x")
    # An explicit argument wins over the other kind's variable, both ways.
    flashduty.Flashduty(app_key=APP_KEY, base_url=server.url).incidents.info(incident_id="x")
    monkeypatch.setenv("FLASHDUTY_APP_KEY", "env-key-1234")
    flashduty.Flashduty(access_token="tok-2-abcdef", base_url=server.url).incidents.info(
        incident_id="x"
    )
    with pytest.raises(ValueError, match="both FLASHDUTY_APP_KEY and FLASHDUTY_ACCESS_TOKEN"):
        flashduty.Flashduty(base_url=server.url)
    monkeypatch.delenv("FLASHDUTY_ACCESS_TOKEN")
    flashduty.Flashduty(base_url=server.url).incidents.info(incident_id="x")
    sent = [(s.query.get("app_key"), s.headers.get("Authorization")) for s in server.seen]
    assert sent == [
        (None, f"Bearer {TOKEN}"),
        ([APP_KEY], None),
        (None, "Bearer tok-2-abcdef"),
        (["env-key-1234"], None),
    ]


def test_no_credential_is_a_clear_error_before_sending(server: MockServer) -> None:
    with pytest.raises(flashduty.FlashdutyError, match="app_key=.*access_token="):
        flashduty.Flashduty(base_url=server.url).incidents.info(incident_id="x")
    assert server.seen == []


def test_with_options_switches_the_credential(
    tclient: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", *[envelope(INCIDENT)] * 3)
    keyed = tclient.with_options(app_key=APP_KEY)
    keyed.incidents.info(incident_id="x")
    keyed.with_options(access_token="tok-3-abcdef").incidents.info(incident_id="x")
    tclient.incidents.info(incident_id="x")  # the original keeps its token
    assert [s.query.get("app_key") for s in server.seen] == [[APP_KEY], None, None]
    assert [s.headers.get("Authorization") for s in server.seen] == [
        None,
        "Bearer tok-3-abcdef",
        f"Bearer {TOKEN}",
    ]
    with pytest.raises(ValueError, match="either"):
        tclient.with_options(app_key=APP_KEY, access_token=TOKEN)
    with pytest.raises(ValueError, match="empty"):
        tclient.with_options(access_token="")


def test_event_push_keeps_its_integration_key_on_a_token_client(
    tclient: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/event/push/alert/standard", envelope({"alert_key": "ak-1"}))
    tclient.events.push_alert(
        integration_key="int-secret-42", event_status="Critical", title_rule="cpu high"
    )
    seen = server.seen[0]
    assert seen.query == {"integration_key": ["int-secret-42"]}
    assert "Authorization" not in seen.headers


@pytest.mark.parametrize("credential", [{"access_token": TOKEN}, {"app_key": APP_KEY}, {}])
def test_a_trigger_fires_with_its_own_token_alone(
    server: MockServer, credential: dict[str, Any]
) -> None:
    path = "/safari/automation/triggers/atrig%2F1%20x/fire"
    server.script(path, envelope(FIRED))
    with flashduty.Flashduty(base_url=server.url, **credential) as client:
        fired = client.ai_sre.automations.triggers.fire(
            trigger_id="atrig/1 x", trigger_token=TRIGGER, text="disk full"
        )
    assert fired.session_id == "s1"
    seen = server.seen[0]
    assert seen.path == path  # one escaped segment: no other route is reachable
    assert seen.headers["Authorization"] == f"Bearer {TRIGGER}"
    assert seen.query == {} and seen.json() == {"text": "disk full"}


async def test_async_trigger_and_bad_arguments_fail_before_sending(server: MockServer) -> None:
    async with flashduty.AsyncFlashduty(access_token=TOKEN, base_url=server.url) as client:
        triggers = client.ai_sre.automations.triggers
        with pytest.raises(ValueError, match="trigger_token must be a non-empty string"):
            await triggers.fire(trigger_id="t1", trigger_token=" ")
        for bad in ("", "..", "."):
            with pytest.raises(ValueError, match="trigger_id must name something"):
                await triggers.fire(trigger_id=bad, trigger_token=TRIGGER)
        with pytest.raises(ValueError, match="trigger_token is required"):
            # Left out (OMIT, as a wrapper might pass it): the client's token must not stand in.
            await triggers.fire(trigger_id="t1", trigger_token=flashduty.OMIT)  # type: ignore[arg-type]
        server.script("/safari/automation/triggers/t1/fire", envelope(FIRED))
        fired = await triggers.fire(trigger_id="t1", trigger_token=TRIGGER)
    assert fired.type == "routine_fire" and len(server.seen) == 1
    assert server.seen[0].headers["Authorization"] == f"Bearer {TRIGGER}"


def test_tokens_stay_out_of_logs_errors_reprs_and_pickles(
    tclient: flashduty.Flashduty, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="flashduty")
    echo = f"bad token: Authorization: Bearer {TOKEN} (access_token={TOKEN})"
    server.script("/incident/info", error("Unauthorized", echo, status=401))
    with pytest.raises(flashduty.AuthenticationError) as info:
        tclient.incidents.info(incident_id="x")
    server.script(
        "/safari/automation/triggers/t1/fire",
        Reply(status=502, body=f"upstream said Bearer {TRIGGER}".encode()),
    )
    with pytest.raises(flashduty.APIResponseError) as info2:
        tclient.ai_sre.automations.triggers.fire(trigger_id="t1", trigger_token=TRIGGER)
    raw = flashduty.with_raw_response
    server.script("/incident/info", envelope(INCIDENT))
    response = raw(tclient.incidents.info)(incident_id="x")
    texts = [caplog.text, repr(tclient), str(response.http_response.request.headers)]
    for exc in (info.value, info2.value):
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        texts += [repr(vars(exc)), repr(vars(pickle.loads(pickle.dumps(exc))))]
    for text in texts:
        assert TOKEN not in text and TRIGGER not in text, text
    assert "Bearer ***" in str(info.value)


def test_path_and_header_parameters_and_an_answer_outside_the_envelope(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    path = "/monit/prometheus/api/v1/label/job%2Fname/values"
    answer = {"status": "success", "data": ["api", "db"], "extra": 1}
    server.script(path, Reply(body=json.dumps(answer).encode()))
    values = client.monitors.data_sources.prometheus.label_values(
        label_name="job/name", data_source_id=10
    )
    assert values.status == "success" and values.data == ["api", "db"]
    assert values.model_extra == {"extra": 1}
    seen = server.seen[0]
    assert (seen.method, seen.path, seen.headers["X-DSID"]) == ("GET", path, "10")
    assert seen.query == {"app_key": [APP_KEY]}


async def test_an_answer_outside_the_envelope_read_by_the_usual_rule(server: MockServer) -> None:
    path = "/monit/prometheus/api/v1/label/up/values"
    server.script(
        path,
        Reply(body=b'{"status": "success", "data": null}'),  # Go's empty list
        Reply(body=b'{"status": 5, "data": ["a"]}'),  # another type: kept, warned about
        Reply(status=400, body=b'{"status": "error", "errorType": "bad_data", "error": "no"}'),
        Reply(body=b"<html>proxy</html>"),
    )
    async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as client:
        prometheus = client.monitors.data_sources.prometheus
        assert (await prometheus.label_values(label_name="up", data_source_id=1)).data == []
        odd = await prometheus.label_values(label_name="up", data_source_id=1)
        assert odd.data == ["a"] and odd.status == 5  # type: ignore[comparison-overlap]
        with pytest.raises(flashduty.APIResponseError, match="HTTP 400") as info:
            await prometheus.label_values(label_name="up", data_source_id=1)
        assert b"bad_data" in (info.value.body or b"")
        with pytest.raises(flashduty.APIResponseError, match="not a JSON"):
            await prometheus.label_values(label_name="up", data_source_id=1, max_retries=0)
        with pytest.raises(ValueError, match="X-DSID: a header value must be one"):
            await prometheus.label_values(
                label_name="up", data_source_id="1\r\nX-Evil: 1"  # type: ignore[arg-type]
            )
    assert len(server.seen) == 4
