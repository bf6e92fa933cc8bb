"""The client against a real HTTP server on 127.0.0.1: what a call sends,
what it returns, and how answers the API documents turn into results."""

from __future__ import annotations

import json
import logging
import traceback

import httpx

import pytest

import flashduty
from flashduty.types import Incident

from .conftest import APP_KEY
from .examples import request_example, response_example
from .server import MockServer, Reply, envelope, error

INCIDENT = response_example("incidents.info")["data"]


def test_info_sends_body_and_key_and_returns_typed_model(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    incident = client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
    assert isinstance(incident, Incident)
    assert incident.title == "CPU usage high - web-server-01"
    assert incident.responders and incident.responders[0].person_id == 2476444212131
    seen = server.seen[0]
    assert seen.method == "POST"
    assert seen.query == {"app_key": [APP_KEY]}
    assert seen.json() == {"incident_id": "69da451ef77b1b51f40e83ee"}
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.headers["User-Agent"] == f"flashduty-python/{flashduty.__version__}"


def test_omitted_optionals_are_not_sent(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/list", envelope({"total": 0, "has_next_page": False, "items": None}))
    page = client.incidents.list(start_time=1, end_time=2, limit=5)
    assert server.seen[0].json() == {"start_time": 1, "end_time": 2, "limit": 5}
    assert page.items == [] and page.has_next_page is False


def test_nulls_unknown_fields_and_new_enum_values_parse(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    data = dict(
        INCIDENT,
        images=None,
        responders=None,
        labels=None,
        brand_new_field={"x": 1},
        incident_severity="Catastrophic",
        progress="Escalated",
    )
    server.script("/incident/info", envelope(data))
    incident = client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
    assert incident.images == [] and incident.responders == [] and incident.labels == {}
    assert incident.incident_severity == "Catastrophic"
    assert incident.progress == "Escalated"
    assert incident.model_extra == {"brand_new_field": {"x": 1}}


def test_python_keyword_field_keeps_wire_name(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    data = dict(
        INCIDENT,
        responders=[{"person_id": 1, "assigned_at": 2, "acknowledged_at": 0, "as": "lead"}],
    )
    server.script("/incident/info", envelope(data))
    responder = client.incidents.info(incident_id="x").responders[0]  # type: ignore[index]
    assert responder.as_ == "lead"
    assert responder.model_dump(by_alias=True, exclude_none=True)["as"] == "lead"


def test_no_payload_operation_returns_none(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/ack", envelope())
    assert client.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"]) is None
    assert server.seen[0].json() == {"incident_ids": ["69da451ef77b1b51f40e83ee"]}


@pytest.mark.parametrize(
    "code,status,cls",
    [
        ("InvalidParameter", 400, flashduty.InvalidParameterError),
        ("Unauthorized", 401, flashduty.AuthenticationError),
        ("AccessDenied", 403, flashduty.PermissionDeniedError),
        ("RouteNotFound", 404, flashduty.NotFoundError),
        ("ResourceNotFound", 400, flashduty.ResourceNotFoundError),
        ("NoLicense", 400, flashduty.NoLicenseError),
        ("ReferenceExist", 400, flashduty.ReferenceExistError),
        ("Conflict", 409, flashduty.ConflictError),
    ],
)
def test_error_codes_raise_their_class(
    client: flashduty.Flashduty, server: MockServer, code: str, status: int, cls: type
) -> None:
    server.script("/incident/info", error(code, "nope", status=status, request_id="rid-9"))
    with pytest.raises(cls) as info:
        client.incidents.info(incident_id="x")
    assert (
        info.value.code == code
        and info.value.request_id == "rid-9"
        and info.value.status_code == status
    )
    assert isinstance(info.value, flashduty.APIError)
    assert server.count("/incident/info") == 1  # client errors are not retried


def test_error_inside_http_200_is_an_error(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/ack", error("InvalidParameter", "incident_ids is empty", status=200))
    with pytest.raises(flashduty.InvalidParameterError, match="incident_ids is empty") as info:
        client.incidents.ack(incident_ids=[])
    assert info.value.status_code == 200


def test_unknown_error_code_is_a_plain_api_error(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", error("SomethingNew", "?", status=400))
    with pytest.raises(flashduty.APIError) as info:
        client.incidents.info(incident_id="x")
    assert type(info.value) is flashduty.APIError and info.value.code == "SomethingNew"


def test_request_id_falls_back_to_header(client: flashduty.Flashduty, server: MockServer) -> None:
    body = json.dumps({"error": {"code": "AccessDenied", "message": "no"}}).encode()
    server.script(
        "/incident/info",
        Reply(403, body, {"Content-Type": "application/json", "Flashcat-Request-Id": "hdr-1"}),
    )
    with pytest.raises(flashduty.PermissionDeniedError) as info:
        client.incidents.info(incident_id="x")
    assert info.value.request_id == "hdr-1"


def test_html_error_page_is_a_response_error(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script(
        "/incident/ack", Reply(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"})
    )
    with pytest.raises(flashduty.APIResponseError) as info:
        client.incidents.ack(incident_ids=["x"])
    assert info.value.status_code == 502 and b"Bad gateway" in info.value.body
    assert server.count("/incident/ack") == 1  # a write is not repeated after a 5xx


def test_body_that_is_not_the_envelope(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script(
        "/incident/info",
        Reply(
            200, b'{"request_id": "r", "data": {"title": 5}', {"Content-Type": "application/json"}
        ),
    )
    with pytest.raises(flashduty.APIResponseError):
        client.incidents.info(incident_id="x")
    server.script("/incident/info", Reply(200, b"[1, 2]", {"Content-Type": "application/json"}))
    with pytest.raises(flashduty.APIResponseError):
        client.incidents.info(incident_id="x")


def test_read_is_retried_on_5xx_then_succeeds(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script(
        "/incident/info", error("InternalError", status=500), Reply(503), envelope(INCIDENT)
    )
    assert client.incidents.info(incident_id="x").title
    assert server.count("/incident/info") == 3


def test_retries_stop_at_max_retries(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/info", error("InternalError", status=500))
    with pytest.raises(flashduty.InternalServerError):
        client.incidents.info(incident_id="x", max_retries=1)
    assert server.count("/incident/info") == 2


def test_write_is_retried_on_429_with_same_body(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    limited = error("RequestTooFrequently", status=429)
    limited.headers["Retry-After"] = "0"
    server.script("/incident/ack", limited, envelope())
    client.incidents.ack(incident_ids=["a", "b"])
    assert server.count("/incident/ack") == 2
    assert server.seen[0].body == server.seen[1].body


def test_connection_refused_is_a_connection_error_without_the_key() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    client = flashduty.Flashduty(
        app_key=APP_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=1
    )
    client.backoff = type(client.backoff)(initial=0.01, maximum=0.01)
    with pytest.raises(flashduty.APIConnectionError) as info:
        client.incidents.ack(incident_ids=["x"])
    assert not isinstance(info.value, flashduty.APITimeoutError)
    assert APP_KEY not in str(info.value) and APP_KEY not in repr(info.value)
    cause = info.value.__cause__
    assert isinstance(cause, httpx.ConnectError)  # the httpx exception, redacted
    assert APP_KEY not in str(cause) and APP_KEY not in str(cause.request.url)
    assert type(info.value) is flashduty.APIConnectionError  # no private class, no private cause
    assert cause.__cause__ is None and cause.__context__ is None


def test_timeout_raises_timeout_error(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/ack", Reply(200, b"{}", delay=0.5))
    with pytest.raises(flashduty.APITimeoutError) as info:
        client.incidents.ack(incident_ids=["x"], timeout=0.1)
    assert APP_KEY not in str(info.value)
    assert server.count("/incident/ack") == 1  # the server may have acted: no retry for a write


def test_key_never_in_repr_logs_or_errors(
    client: flashduty.Flashduty, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.script("/incident/info", error("InternalError", status=500))
    with pytest.raises(flashduty.APIError) as info:
        client.incidents.info(incident_id="x")
    assert "retrying POST /incident/info (attempt 2 of 3)" in caplog.text
    text = caplog.text + repr(client) + str(info.value) + repr(info.value)
    assert APP_KEY not in text
    assert "app_key='***'" in repr(client)


def test_app_key_from_environment(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHDUTY_APP_KEY", "env-key-1234")
    monkeypatch.setenv("FLASHDUTY_BASE_URL", server.url)
    server.script("/incident/ack", envelope())
    flashduty.Flashduty().incidents.ack(incident_ids=["x"])
    assert server.seen[0].query["app_key"] == ["env-key-1234"]


def test_missing_app_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLASHDUTY_APP_KEY", raising=False)
    with pytest.raises(flashduty.FlashdutyError, match="FLASHDUTY_APP_KEY"):
        flashduty.Flashduty(base_url="http://127.0.0.1:9").incidents.ack(incident_ids=["x"])


def test_with_options_and_extra_headers(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/ack", envelope())
    fast = client.with_options(timeout=1.0, max_retries=0)
    assert fast.timeout == 1.0 and fast.max_retries == 0 and client.max_retries == 2
    fast.incidents.ack(incident_ids=["x"], extra_headers={"X-Trace": "t1"})
    assert server.seen[0].headers["X-Trace"] == "t1"


def test_raw_response(client: flashduty.Flashduty, server: MockServer) -> None:
    reply = envelope(INCIDENT, request_id="raw-1")
    reply.headers["X-Extra"] = "yes"
    server.script("/incident/info", reply)
    raw = flashduty.with_raw_response(client.incidents.info)(incident_id="x")
    assert raw.status_code == 200 and raw.request_id == "raw-1" and raw.headers["x-extra"] == "yes"
    assert json.loads(raw.content)["data"]["title"] == INCIDENT["title"]
    assert raw.parse().title == INCIDENT["title"]


def _page(items: list[dict[str, object]], has_next: bool, cursor: str | None = None) -> Reply:
    data: dict[str, object] = {"total": 1000, "has_next_page": has_next, "items": items}
    if cursor:
        data["search_after_ctx"] = cursor
    return envelope(data)


def test_iter_all_follows_cursor_until_has_next_page_false(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    one = dict(INCIDENT, incident_id="a" * 24)
    server.script(
        "/incident/list",
        _page([one, one], True, "c1"),
        _page([one], True, "c2"),
        _page([one], False),
    )
    items = list(client.incidents.list(start_time=1, end_time=2, p=1, limit=2).iter_all())
    assert len(items) == 4 and all(isinstance(i, Incident) for i in items)
    bodies = [s.json() for s in server.seen]
    assert "search_after_ctx" not in bodies[0] and bodies[0]["p"] == 1
    assert bodies[1]["search_after_ctx"] == "c1" and "p" not in bodies[1]
    assert bodies[2]["search_after_ctx"] == "c2"


def test_iter_all_by_page_number_stops_at_the_offset_limit(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    one = dict(INCIDENT)
    server.script("/incident/list", _page([one], True))
    page = client.incidents.list(start_time=1, end_time=2, limit=100, p=99)
    with pytest.raises(flashduty.PaginationLimitError, match="10000"):
        list(page.iter_all())
    assert [s.json()["p"] for s in server.seen] == [99, 100]


async def test_async_client_calls_and_pages(
    aclient: flashduty.AsyncFlashduty, server: MockServer
) -> None:
    one = dict(INCIDENT)
    server.script("/incident/info", envelope(INCIDENT))
    server.script("/incident/list", _page([one], True, "n1"), _page([one], False))
    incident = await aclient.incidents.info(incident_id="x")
    assert incident.title == INCIDENT["title"]
    page = await aclient.incidents.list(start_time=1, end_time=2)
    assert len(page.items) == 1 and page.has_next_page
    server.script("/incident/list", _page([one], True, "n1"), _page([one], False))
    items = [i async for i in aclient.incidents.list(start_time=1, end_time=2).iter_all()]
    assert len(items) == 2
    server.script("/incident/ack", error("AccessDenied", status=403))
    with pytest.raises(flashduty.PermissionDeniedError):
        await aclient.incidents.ack(incident_ids=["x"])


def test_nested_request_objects_accept_models_or_dicts(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    from flashduty.types import FilterCondition

    server.default = lambda seen: envelope({"rule_id": "r1", "rule_name": "night"})
    client.channels.silence_rules.create(
        channel_id=1,
        rule_name="night",
        filters=[
            [
                FilterCondition(key="labels.env", oper="IN", vals=["prod"]),
                {"key": "title", "oper": "NOTIN", "vals": ["x"]},
            ]
        ],
    )
    assert server.seen[-1].json()["filters"] == [
        [
            {"key": "labels.env", "oper": "IN", "vals": ["prod"]},
            {"key": "title", "oper": "NOTIN", "vals": ["x"]},
        ]
    ]


def test_a_typo_in_a_nested_request_object_fails_before_sending(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    with pytest.raises(
        ValueError,
        match=r"filters\[0\]\[1\]\.vals: field required; filters\[0\]\[1\]\.valz: unknown field",
    ):
        client.channels.silence_rules.create(
            channel_id=1,
            rule_name="night",
            filters=[
                [
                    {"key": "title", "oper": "IN", "vals": ["a"]},
                    {"key": "title", "oper": "IN", "valz": ["b"]},
                ]
            ],
        )
    with pytest.raises(TypeError, match="expected a list"):
        client.channels.silence_rules.create(channel_id=1, rule_name="n", filters={"key": "title"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"filters\[0\]\[0\]\.extra: unknown field"):
        client.channels.silence_rules.create(
            channel_id=1,
            rule_name="n",
            filters=[[{"key": "title", "oper": "IN", "vals": [], "extra": 1}]],
        )
    assert server.seen == []


def test_event_push_needs_only_the_integration_key(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("FLASHDUTY_APP_KEY", raising=False)
    caplog.set_level(logging.DEBUG)
    server.script("/event/push/alert/standard", envelope({"alert_key": "ak-1"}))
    with flashduty.Flashduty(base_url=server.url) as client:
        key = client.events.push_alert(
            integration_key="int-secret-42",
            event_status="Critical",
            title_rule="cpu high",
            labels={"host": "db1"},
        )
    assert key == "ak-1"
    seen = server.seen[0]
    assert seen.query == {"integration_key": ["int-secret-42"]}
    assert "integration_key" not in seen.json() and seen.json()["labels"] == {"host": "db1"}
    assert "int-secret-42" not in caplog.text


def test_custom_http_client_is_used_and_the_key_stays_out_of_its_errors() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        raise httpx.ReadError(f"connection to {request.url} broke")

    http = httpx.Client(transport=httpx.MockTransport(handler), headers={"X-Team": "sre"})
    client = flashduty.Flashduty(
        app_key=APP_KEY, base_url="https://api.example.test", http_client=http, max_retries=0
    )
    with pytest.raises(flashduty.APIConnectionError) as info:
        client.incidents.ack(incident_ids=["x"])
    assert seen == [
        f"https://api.example.test/incident/ack?app_key={APP_KEY}"
    ]  # the key did go out
    text = str(info.value) + repr(info.value) + "".join(traceback.format_exception(info.value))
    assert APP_KEY not in text and "app_key=***" in text
    client.close()
    assert not http.is_closed  # a client passed in belongs to the caller


def test_requests_users_can_see_carry_no_key(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    raw = flashduty.with_raw_response(client.incidents.info)(incident_id="x")
    assert APP_KEY not in str(raw.http_response.request.url)
    assert server.seen[0].query["app_key"] == [APP_KEY]


def test_cursor_only_list_walks_until_the_cursor_is_empty(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    item = response_example("alerts.webhooks.list_history")["data"]["items"][0]
    server.script(
        "/webhook/history/list",
        envelope({"total": 3, "items": [item, item], "search_after_ctx": "c1"}),
        envelope({"total": 3, "items": [item], "search_after_ctx": ""}),
    )
    page = client.alerts.webhooks.list_history(**request_example("alerts.webhooks.list_history"))
    assert page.has_next_page
    assert len(list(page.iter_all())) == 3
    assert server.seen[1].json()["search_after_ctx"] == "c1" and len(server.seen) == 2


def test_get_list_pages_with_query_parameters(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    item = response_example("status_pages.subscribers.list")["data"]["items"][0]
    server.script(
        "/status-page/subscriber/list",
        envelope({"total": 2, "has_next_page": True, "items": [item]}),
        envelope({"total": 2, "has_next_page": False, "items": [item]}),
    )
    items = list(client.status_pages.subscribers.list(page_id=7, limit=1).iter_all())
    assert len(items) == 2
    assert [s.query.get("p") for s in server.seen] == [None, ["2"]]
    assert all(s.method == "GET" and s.body == b"" for s in server.seen)
