"""What a user sees around a call, over real HTTP on 127.0.0.1: debug logs
of requests and answers (bounded, credentials hidden), the timeout of their
own httpx client, and errors that say which call failed after how many
attempts."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import re
import time

import httpx
import pytest

import flashduty

from .conftest import APP_KEY
from .server import MockServer, Reply, envelope, error


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="flashduty")
    return caplog


def test_debug_log_shows_request_and_answer_bodies(
    server: MockServer, debug_log: pytest.LogCaptureFixture
) -> None:
    server.script("/incident/info", envelope({"incident_id": "i1", "title": "disk\nfull"}))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        client.incidents.info(incident_id="i1")
    lines = [r.getMessage() for r in debug_log.records]
    request = next(line for line in lines if line.startswith("request "))
    answer = next(line for line in lines if line.startswith("answer "))
    assert request == 'request POST /incident/info query=- body={"incident_id":"i1"}'
    assert answer.startswith("answer POST /incident/info 200 body={")
    assert '"title":"disk\\nfull"' in answer  # on one line
    assert APP_KEY not in debug_log.text


def test_error_bodies_are_logged_too(
    server: MockServer, debug_log: pytest.LogCaptureFixture
) -> None:
    server.script("/incident/info", error("InvalidParameter", "incident_id is required"))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        with pytest.raises(flashduty.InvalidParameterError):
            client.incidents.info(incident_id="")
    assert "incident_id is required" in debug_log.text


def test_credentials_in_answers_and_requests_never_reach_the_log(
    server: MockServer, debug_log: pytest.LogCaptureFixture
) -> None:
    new_key = "5a1f0c2e9b7d4e61a3c8f0b2d4e6a8c1"
    server.script(
        "/person/app-key/create",
        envelope({"key_id": 3001, "key_name": "bot", "key": new_key}),
    )
    server.script("/integration/key/rotate", envelope({"integration_key": "ik_live_c6b09391632c"}))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        created = client.people.app_keys.create(key_name="bot", is_enabled=True, person_id=1)
        assert created.key == new_key  # the caller gets it
        rotated = client.post("/integration/key/rotate", body={"integration_id": 1})
        assert rotated == {"integration_key": "ik_live_c6b09391632c"}
    assert new_key not in debug_log.text and "ik_live_c6b09391632c" not in debug_log.text
    assert '"key":"***"' in debug_log.text and '"key_id":3001' in debug_log.text
    assert APP_KEY not in debug_log.text


def test_long_bodies_are_cut(server: MockServer, debug_log: pytest.LogCaptureFixture) -> None:
    server.script("/incident/info", envelope({"incident_id": "i1", "title": "x" * 100_000}))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        client.incidents.info(incident_id="i1")
    longest = max(len(r.getMessage()) for r in debug_log.records)
    assert longest < 2200 and "more characters" in debug_log.text


# What a terminal or a log viewer takes for a line break or an escape sequence.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def test_no_debug_line_can_be_forged(
    server: MockServer, debug_log: pytest.LogCaptureFixture
) -> None:
    # json.dumps escapes "\n" but leaves U+2028, NEL (U+0085), CSI (U+009B)
    # and lone surrogates as they are: in a JSON answer, a text answer and a
    # header an error keeps.
    hostile = "a\u2028INFO fake\x85line\x9b31m\ud800 \x1b[2J"
    server.script("/incident/info", envelope({"incident_id": "i1", "title": hostile}))
    text = ("x\u2029WARNING forged\x85" * 3).encode()
    server.script(
        "/incident/ack", Reply(status=502, body=text, headers={"Content-Type": "text/plain"})
    )
    failing = error("InvalidParameter", "no\u2028pe")
    failing.headers["X-Note"] = "a\x85b\x1b[2J"
    server.script("/incident/resolve", failing)
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        client.incidents.info(incident_id="i1")
        with pytest.raises(flashduty.APIResponseError):
            client.incidents.ack(incident_ids=["i1"])
        with pytest.raises(flashduty.APIError) as caught:
            client.post("/incident/resolve", body={"incident_ids": ["i1"]})
    lines = [r.getMessage() for r in debug_log.records]
    assert [line for line in lines if UNSAFE.search(line)] == []
    answers = "\n".join(line for line in lines if line.startswith("answer "))
    assert "\\u2028INFO fake\\x85line\\x9b31m\\ud800 \\u001b[2J" in answers
    assert "x\\u2029WARNING forged\\x85" in answers
    assert caught.value.headers["x-note"] == "a\\x85b\\x1b[2J"
    assert "no\\u2028pe" in answers


def test_a_user_http_client_timeout_is_honoured(server: MockServer) -> None:
    server.script("/incident/info", Reply(body=b"{}", delay=1.0))
    with httpx.Client(timeout=0.3) as http:
        client = flashduty.Flashduty(
            app_key=APP_KEY, base_url=server.url, http_client=http, max_retries=0
        )
        assert client.timeout == 0.3
        started = time.monotonic()
        with pytest.raises(flashduty.APITimeoutError):
            client.incidents.info(incident_id="i1")
        assert time.monotonic() - started < 0.9
        # Flashduty(timeout=) wins over the client's; httpx's default is not a choice.
        assert flashduty.Flashduty(app_key=APP_KEY, http_client=http, timeout=7).timeout == 7
    with httpx.Client() as plain:
        assert flashduty.Flashduty(app_key=APP_KEY, http_client=plain).timeout == 30
    with httpx.Client(timeout=httpx.Timeout(4.0, connect=2.0)) as mixed:
        assert flashduty.Flashduty(app_key=APP_KEY, http_client=mixed).timeout == 4.0

    async def main() -> float | None:
        async with httpx.AsyncClient(timeout=0.3) as ahttp:
            aclient = flashduty.AsyncFlashduty(
                app_key=APP_KEY, base_url=server.url, http_client=ahttp, max_retries=0
            )
            with pytest.raises(flashduty.APITimeoutError):
                await aclient.incidents.info(incident_id="i1")
            return aclient.timeout

    assert asyncio.run(main()) == 0.3


def test_errors_name_the_call_its_headers_and_attempts(server: MockServer) -> None:
    failing = Reply(
        status=500,
        body=json.dumps({"request_id": "r9", "error": {"code": "InternalError"}}).encode(),
        headers={
            "Content-Type": "application/json",
            "X-Trace-Id": "t" * 5000,
            "Set-Cookie": "session=abc",
            "X-Echo": f"app_key={APP_KEY}",
        },
    )
    server.script("/incident/info", failing)
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=2) as client:
        client.backoff = type(client.backoff)(initial=0.01, maximum=0.02)
        with pytest.raises(flashduty.ServerError) as caught:
            client.incidents.info(incident_id="i1")
    exc = caught.value
    assert exc.operation == "POST /incident/info" and exc.attempts == 3
    assert str(exc) == "InternalError (HTTP 500, request_id r9; POST /incident/info, 3 attempts)"
    assert exc.headers["x-trace-id"] == "t" * 256  # bounded
    assert exc.headers["set-cookie"] == "***" and APP_KEY not in exc.headers["x-echo"]
    copy = pickle.loads(pickle.dumps(exc))
    assert copy.headers == exc.headers and str(copy) == str(exc)

    server.script("/incident/ack", error("InvalidParameter", "bad", status=400))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        with pytest.raises(flashduty.InvalidParameterError) as caught_once:
            client.incidents.ack(incident_ids=["i1"])
    assert caught_once.value.attempts == 1 and str(caught_once.value).endswith("1 attempt)")


def test_camel_case_fields_take_snake_case_keywords(server: MockServer) -> None:
    server.script("/team/upsert", envelope({"team_id": 1, "team_name": "sre"}))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        client.people.teams.upsert(team_name="sre", phones=["13800000000"], country_code="86")
    sent = server.seen[-1].json()
    assert sent["countryCode"] == "86" and "country_code" not in sent


def test_read_only_sequences_and_mappings_go_on_the_wire(server: MockServer) -> None:
    from types import MappingProxyType

    server.script("/event/push/alert/standard", envelope({"alert_key": "a1"}))
    server.script("/incident/ack", envelope())
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        client.events.push_alert(
            integration_key="int-key-0123456789",
            event_status="Critical",
            title_rule="t",
            labels=MappingProxyType({"host": "db1"}),
        )
        assert server.seen[-1].json()["labels"] == {"host": "db1"}
        client.incidents.ack(incident_ids=("i1", "i2"))
        assert server.seen[-1].json() == {"incident_ids": ["i1", "i2"]}
