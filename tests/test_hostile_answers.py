"""Answers a broken or hostile server sends, beyond the fault cases of
test_faults and test_hardening (found by probing the reading rule): every
one ends in a FlashdutyError (or WebhookParseError), quickly, and no key
or server-chosen map key reaches a log line."""

from __future__ import annotations

import asyncio
import gzip
import inspect
import json
import logging
from typing import Any

import pytest

import flashduty
from flashduty import webhooks

from .conftest import APP_KEY
from .examples import response_example
from .server import MockServer, Reply, envelope

JSON = {"Content-Type": "application/json"}
INCIDENT = response_example("incidents.info")["data"]


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


def both(server: MockServer, call: Any, **settings: Any) -> list[Any]:
    """The outcome of `call(client)` with the sync and the async client."""
    outcomes: list[Any] = []
    with flashduty.Flashduty(
        app_key=APP_KEY, base_url=server.url, max_retries=0, **settings
    ) as client:
        try:
            outcomes.append(call(client))
        except Exception as exc:  # noqa: BLE001 - the outcome is what is checked
            outcomes.append(exc)

    async def run() -> Any:
        async with flashduty.AsyncFlashduty(
            app_key=APP_KEY, base_url=server.url, max_retries=0, **settings
        ) as aclient:
            try:
                result = call(aclient)
                return await result if inspect.isawaitable(result) else result
            except Exception as exc:  # noqa: BLE001
                return exc

    outcomes.append(asyncio.run(run()))
    return outcomes


def test_stacked_content_codings_are_refused(server: MockServer) -> None:
    inner = gzip.compress(b'{"request_id": "r", "data": {}}')
    server.script(
        "/incident/info",
        Reply(200, gzip.compress(inner), {**JSON, "Content-Encoding": "gzip, gzip"}),
    )
    for outcome in both(server, lambda c: c.incidents.info(incident_id="x")):
        assert isinstance(outcome, flashduty.APIResponseError)
        assert "stacked content codings" in str(outcome)
    assert server.count("/incident/info") == 2  # refused, not retried


@pytest.mark.parametrize(
    "error,cls,text",
    [
        ("x", flashduty.APIResponseError, "the answer's error is a str"),
        (5, flashduty.APIResponseError, "the answer's error is a int"),
        ({"code": "", "message": "export failed"}, flashduty.APIError, "Unknown: export failed"),
    ],
)
def test_an_error_that_is_not_an_error_object(
    server: MockServer, error: Any, cls: type, text: str
) -> None:
    server.script("/incident/info", Reply(200, body({"request_id": "r", "error": error}), JSON))
    server.script(
        "/insight/incident/export", Reply(200, body({"request_id": "r", "error": error}), JSON)
    )
    calls = (
        lambda c: c.incidents.info(incident_id="x"),
        lambda c: c.analytics.incidents.export(start_time=1, end_time=2),
    )
    for call in calls:
        for outcome in both(server, call):
            assert isinstance(outcome, cls) and text in str(outcome)


def test_pages_that_are_not_pages(server: MockServer) -> None:
    server.script("/incident/list", envelope({"items": 5, "has_next_page": False}))
    for outcome in both(server, lambda c: c.incidents.list(start_time=1, end_time=2)):
        with pytest.raises(
            flashduty.PaginationError, match="the page's items is a int, not a list"
        ):
            outcome.items
    item = dict(INCIDENT)
    server.script(
        "/incident/list",
        envelope({"items": [item], "has_next_page": True, "search_after_ctx": {"a": 1}}),
    )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        with pytest.raises(
            flashduty.PaginationError, match="search_after_ctx is a dict, not a cursor"
        ):
            list(client.incidents.list(start_time=1, end_time=2))


def test_a_retry_after_no_clock_reaches(server: MockServer) -> None:
    limited = {"request_id": "r", "error": {"code": "RequestTooFrequently", "message": "slow down"}}
    server.script(
        "/incident/info",
        Reply(429, body(limited), {**JSON, "Retry-After": "Thu, 01 Jan 99999 00:00:00 GMT"}),
    )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        with pytest.raises(flashduty.RateLimitError) as caught:
            client.incidents.info(incident_id="x")
    assert caught.value.retry_after == float("inf") and server.count("/incident/info") == 1


def test_many_bad_values_are_read_in_one_pass(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    from flashduty import _reading

    _reading._warned.clear()
    caplog.set_level(logging.WARNING, logger="flashduty")
    labels = {f"secret-looking-key-{i}": i for i in range(20000)}  # ints where strings belong
    server.script("/incident/info", envelope(dict(INCIDENT, labels=labels)))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        incident = client.incidents.info(incident_id="x")
    assert incident.labels == labels  # kept as sent, every one
    assert caplog.text.count("data.labels{}") == 1  # one warning for the map, not one per key
    assert "secret-looking-key" not in caplog.text


def test_one_null_in_a_filter_group_leaves_the_others_read(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    from flashduty.types import FilterAndGroup, FilterCondition

    listing = response_example("channels.inhibit_rules.list")["data"]
    rule = dict(
        listing["items"][0],
        source_filters=[
            [{"key": "a", "oper": "IN", "vals": [None]}],
            [{"key": "ok", "oper": "IN", "vals": ["x"]}],
        ],
    )
    server.script("/channel/inhibit/rule/list", envelope({"items": [rule]}))
    caplog.set_level(logging.WARNING, logger="flashduty")
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        read = client.channels.inhibit_rules.list(channel_id=1).items[0]
    groups = read.source_filters
    assert all(isinstance(g, FilterAndGroup) for g in groups)
    assert all(isinstance(c, FilterCondition) for g in groups for c in g.root)
    assert groups[0].root[0].vals == [""] and groups[1].root[0].key == "ok"
    assert "Input should be None" not in caplog.text


def test_webhook_mappings_too_deep_to_copy() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(3000):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(webhooks.WebhookParseError, match="cannot be read"):
        webhooks.parse({"event_type": "i_new", "incident": deep})


def test_downloads_with_lone_surrogates(server: MockServer) -> None:
    server.script(
        "/insight/incident/export",
        Reply(200, b'{"request_id": "r", "data": "a,b\\n\\ud800,1\\n"}', JSON),
    )
    for outcome in both(server, lambda c: c.analytics.incidents.export(start_time=1, end_time=2)):
        assert outcome == "a,b\n\ud800,1\n".encode("utf-8", "surrogatepass")


def test_a_url_encoded_key_is_redacted(server: MockServer) -> None:
    key = "fd+key/with&odd=chars 7f3a9c"
    from urllib.parse import quote

    echoed = {
        "request_id": "r",
        "error": {"code": "Unauthorized", "message": f"bad app_key {quote(key, safe='')}"},
    }
    server.script("/incident/info", Reply(401, body(echoed), JSON))
    with flashduty.Flashduty(app_key=key, base_url=server.url) as client:
        with pytest.raises(flashduty.AuthenticationError) as caught:
            client.incidents.info(incident_id="x")
    assert quote(key, safe="") not in str(caught.value) and quote(key, safe="") not in repr(
        caught.value
    )


def test_an_empty_error_object_is_no_error_and_a_numeric_request_id_is_ignored(
    server: MockServer,
) -> None:
    server.script(
        "/incident/info",
        Reply(
            200,
            body({"request_id": 5, "data": INCIDENT, "error": {}}),
            {**JSON, "Flashcat-Request-Id": "hdr-1"},
        ),
    )
    for outcome in both(
        server, lambda c: flashduty.with_raw_response(c.incidents.info)(incident_id="x")
    ):
        assert not isinstance(outcome, Exception), outcome
        assert outcome.request_id == "hdr-1" and outcome.parse().title == INCIDENT["title"]


def test_a_map_keeps_its_order_when_a_value_is_kept_as_sent(server: MockServer) -> None:
    server.script("/incident/info", envelope(dict(INCIDENT, labels={"k": 5, "j": None, "z": "ok"})))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
        labels = client.incidents.info(incident_id="x").labels
    assert list(labels.items()) == [("k", 5), ("j", ""), ("z", "ok")]


def test_an_error_object_in_other_words_is_an_error(server: MockServer) -> None:
    server.script(
        "/incident/info",
        Reply(200, body({"request_id": "r", "error": {"Code": "Unauthorized"}}), JSON),
    )
    for outcome in both(server, lambda c: c.incidents.info(incident_id="x")):
        assert isinstance(outcome, flashduty.APIError) and outcome.code == "Unknown"


def test_keys_the_server_echoes_stay_out_of_log_lines(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = "fd-key+with/odd&chars"
    from urllib.parse import quote

    lowered = quote(key, safe="").lower()
    server.script(
        "/incident/info",
        Reply(200, body({"data": INCIDENT}), {**JSON, "Flashcat-Request-Id": f"rid-{key}"}),
    )
    caplog.set_level(logging.INFO, logger="flashduty")
    with flashduty.Flashduty(app_key=key, base_url=server.url) as client:
        client.incidents.info(incident_id="x")
    assert "request_id=rid-***" in caplog.text and key not in caplog.text
    echoed = {
        "request_id": "r",
        "error": {"code": "Unauthorized", "message": f"bad app_key {lowered}"},
    }
    server.script("/incident/info", Reply(401, body(echoed), JSON))
    with flashduty.Flashduty(app_key=key, base_url=server.url) as client:
        with pytest.raises(flashduty.AuthenticationError) as caught:
            client.incidents.info(incident_id="x")
    assert lowered not in str(caught.value)


def test_strict_names_the_first_bad_item(server: MockServer) -> None:
    items = [dict(INCIDENT), dict(INCIDENT, title=1), dict(INCIDENT, title=2)]
    server.script("/incident/list", envelope({"items": items}))
    with flashduty.Flashduty(
        app_key=APP_KEY, base_url=server.url, strict_response_validation=True
    ) as client:
        with pytest.raises(flashduty.APIResponseError, match=r"data\.items\[1\]\.title"):
            client.incidents.list(start_time=1, end_time=2)


def test_an_event_id_is_only_taken_from_the_incident() -> None:
    payload = {
        "event_type": "i_new",
        "event_id": "",
        "alert": {"event_id": "from-alert"},
        "incident": {},
    }
    assert webhooks.parse(payload).event_id == ""
    custom = {
        "event_type": "i_custom",
        "incident": {"event_id": "e-1"},
        "alert": {"event_id": "a-1"},
    }
    assert webhooks.parse(custom).event_id == "e-1"


def test_the_reading_remembers_no_long_key_the_server_chose() -> None:
    """The fallback reading remembers what type each place has, by path: a
    path names map keys, and a long one (here 1 MB, a new one in every
    answer) is not kept once the payload is read."""
    import gc
    import tracemalloc

    webhooks.parse(b'{"event_type": "i_new", "incident": {"labels": {"a": {}}}}')  # warm
    tracemalloc.start()
    try:
        for n in range(3):
            body = b'{"event_type": "i_new", "incident": {"labels": {"%d%s": {"v": 1}}}}'
            event = webhooks.parse(body % (n, b"k" * 1_000_000))
            assert event.incident.labels[f"{n}" + "k" * 1_000_000] == {"v": 1}  # type: ignore[union-attr]
            del event
        gc.collect()
        assert tracemalloc.get_traced_memory()[0] < 500_000
    finally:
        tracemalloc.stop()
