"""What a user meets first, over real HTTP on 127.0.0.1: times as datetimes,
iteration over every page, raw responses, escape hatches, errors worth
logging, and the log lines of FLASHDUTY_LOG."""

from __future__ import annotations

import datetime
import re

import pytest

import flashduty

from .examples import operations
from .server import MockServer, envelope

UTC = datetime.timezone.utc
EMPTY_PAGE = {"total": 0, "has_next_page": False, "items": []}


# --- times -------------------------------------------------------------------


def test_datetime_arguments_become_unix_time_in_the_unit_of_the_field(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/list", envelope(EMPTY_PAGE))
    server.script("/rum/issue/list", envelope(EMPTY_PAGE))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    t1 = datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    client.incidents.list(start_time=t0, end_time=t1)
    assert server.seen[-1].json() == {"start_time": 1767225600, "end_time": 1767229200}
    client.rum.issues.list(start_time=t0, end_time=1767229200000, application_ids=["a"])
    assert server.seen[-1].json()["start_time"] == 1767225600000
    assert server.seen[-1].json()["end_time"] == 1767229200000


async def test_datetime_arguments_async(
    aclient: flashduty.AsyncFlashduty, server: MockServer
) -> None:
    server.script("/status-page/change/list", envelope({"items": []}))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    await aclient.status_pages.events.list(
        page_id=1, type="incident", status="resolved", start_at_seconds=t0
    )
    assert server.seen[-1].query["start_at_seconds"] == ["1767225600"]


def test_naive_datetime_and_unsendable_values_name_the_argument(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="^start_time: a naive datetime is ambiguous"):
        client.incidents.list(start_time=datetime.datetime(2026, 1, 1), end_time=1)
    with pytest.raises(TypeError, match="POST /incident/list: argument 'query' cannot be sent"):
        client.incidents.list(start_time=1, end_time=2, query={1, 2})  # type: ignore[arg-type]
    assert server.seen == []


def test_every_unix_time_request_field_is_marked() -> None:
    """A request integer the spec describes as Unix seconds or milliseconds
    carries `x-unix-time` with that unit, so it accepts a datetime."""
    unmarked = []
    for _, _, op in operations():
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            for name, prop in ((media.get("schema") or {}).get("properties") or {}).items():
                said = re.search(r"Unix (seconds|milliseconds)", str(prop.get("description")))
                if (
                    said
                    and prop.get("type") == "integer"
                    and prop.get("x-unix-time") != said.group(1)
                ):
                    unmarked.append(f"{op['operationId']}.{name}")
    assert unmarked == []


# --- iteration ---------------------------------------------------------------

INCIDENT = next(op for _, _, op in operations() if op["operationId"] == "incidents.info")[
    "responses"
]["200"]["content"]["application/json"]["example"]["data"]


def _three_pages(server: MockServer) -> None:
    """9 incidents over 3 pages, walked by cursor."""
    pages = []
    for n, cursor in enumerate(("c1", "c2", "")):
        items = [dict(INCIDENT, incident_id=f"{n}{i}".rjust(24, "0")) for i in range(3)]
        data = {
            "total": 9,
            "has_next_page": bool(cursor),
            "items": items,
            "search_after_ctx": cursor,
        }
        pages.append(envelope(data))
    server.script("/incident/list", *pages)


def test_iterating_a_list_walks_every_page(client: flashduty.Flashduty, server: MockServer) -> None:
    _three_pages(server)
    page = client.incidents.list(start_time=1, end_time=2, limit=3)
    assert len(page.items) == 3 and page.data.search_after_ctx == "c1"
    ids = [incident.incident_id for incident in page]
    assert len(ids) == 9 and len(set(ids)) == 9
    assert [s.json().get("search_after_ctx") for s in server.seen] == [None, "c1", "c2"]
    assert not hasattr(page, "search_after_ctx")  # the page's fields are on `data`
    _three_pages(server)
    pages = list(client.incidents.list(start_time=1, end_time=2, limit=3).iter_pages())
    assert [len(p.items) for p in pages] == [3, 3, 3]


async def test_async_for_walks_every_page(
    aclient: flashduty.AsyncFlashduty, server: MockServer
) -> None:
    _three_pages(server)
    ids = [
        incident.incident_id async for incident in aclient.incidents.list(start_time=1, end_time=2)
    ]
    assert len(set(ids)) == 9
    _three_pages(server)
    page = await aclient.incidents.list(start_time=1, end_time=2)
    assert len(page.items) == 3
    assert len([incident async for incident in page]) == 9
    _three_pages(server)
    pages = [p async for p in aclient.incidents.list(start_time=1, end_time=2).iter_pages()]
    assert [len(p.items) for p in pages] == [3, 3, 3]


# --- raw responses -----------------------------------------------------------


def test_raw_response_of_every_sync_shape(client: flashduty.Flashduty, server: MockServer) -> None:
    server.script("/incident/info", envelope(INCIDENT, request_id="r-info"))
    raw = flashduty.with_raw_response(client.incidents.info)(incident_id="x")
    assert isinstance(raw, flashduty.APIResponse) and raw.request_id == "r-info"
    assert raw.parse().title == INCIDENT["title"]
    _three_pages(server)
    listed = flashduty.with_raw_response(client.incidents.list)(start_time=1, end_time=2)
    assert isinstance(listed, flashduty.APIResponse) and listed.status_code == 200
    page = listed.parse()
    assert isinstance(page, flashduty.SyncPage)
    assert len(list(page)) == 9  # the page still walks on, now without raw answers
    server.script("/incident/ack", envelope())
    assert flashduty.with_raw_response(client.incidents.ack)(incident_ids=["x"]).parse() is None


async def test_raw_response_of_every_async_shape(
    aclient: flashduty.AsyncFlashduty, server: MockServer
) -> None:
    server.script("/incident/info", envelope(INCIDENT, request_id="r-info"))
    raw = await flashduty.with_raw_response(aclient.incidents.info)(incident_id="x")
    assert isinstance(raw, flashduty.APIResponse) and raw.parse().title == INCIDENT["title"]
    _three_pages(server)
    listed = await flashduty.with_raw_response(aclient.incidents.list)(start_time=1, end_time=2)
    assert isinstance(listed, flashduty.APIResponse) and listed.request_id == "req-1"
    page = listed.parse()
    assert isinstance(page, flashduty.AsyncPage) and len(page.items) == 3
    assert len([i async for i in page]) == 9
    assert server.count("/incident/list") == 3


# --- escape hatches ----------------------------------------------------------


def test_extra_body_and_extra_query_add_fields(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    client.incidents.info(
        incident_id="x",
        extra_body={"brand_new": [1], "incident_id": "y"},
        extra_query={"lang": "en"},
    )
    seen = server.seen[-1]
    assert seen.json() == {"incident_id": "y", "brand_new": [1]}
    assert seen.query["lang"] == ["en"] and "app_key" in seen.query


def test_generic_get_and_post(client: flashduty.Flashduty, server: MockServer) -> None:
    from flashduty.types import Incident

    server.script("/incident/info", envelope(INCIDENT))
    incident = client.post("/incident/info", body={"incident_id": "x"}, cast_to=Incident)
    assert isinstance(incident, Incident) and incident.title == INCIDENT["title"]
    assert server.seen[-1].json() == {"incident_id": "x"} and "app_key" in server.seen[-1].query
    data = client.post("/incident/info", body={"incident_id": "x"})
    assert data == INCIDENT  # plain JSON without cast_to
    server.script("/brand/new", envelope([1, 2]))
    assert client.get("/brand/new", params={"p": 2}) == [1, 2]
    assert server.seen[-1].method == "GET" and server.seen[-1].query["p"] == ["2"]
    assert client.get("/brand/new", cast_to=list[int]) == [1, 2]


def test_generic_post_retries_only_when_idempotent(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    from .server import error

    server.script("/x/write", error("InternalError", status=500), envelope({"ok": True}))
    with pytest.raises(flashduty.InternalServerError):
        client.post("/x/write", body={"a": 1})
    assert server.count("/x/write") == 1
    server.script("/x/write", error("InternalError", status=500), envelope({"ok": True}))
    assert client.post("/x/write", body={"a": 1}, idempotent=True) == {"ok": True}
    assert server.count("/x/write") == 3
    server.script("/x/read", error("InternalError", status=500), envelope({"ok": True}))
    assert client.get("/x/read") == {"ok": True}


async def test_generic_calls_async(aclient: flashduty.AsyncFlashduty, server: MockServer) -> None:
    from .server import error

    server.script("/x/read", envelope({"n": 1}))
    assert await aclient.get("/x/read", params={"q": "a"}) == {"n": 1}
    server.script("/x/write", error("Unauthorized", status=401))
    with pytest.raises(flashduty.AuthenticationError):
        await aclient.post("/x/write", body={"a": 1})


def test_misspelt_keyword_names_the_method(client: flashduty.Flashduty) -> None:
    with pytest.raises(
        TypeError, match=r"^Incidents\.info\(\) got an unexpected keyword argument 'incident_idd'"
    ):
        client.incidents.info(incident_id="x", incident_idd="y")  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match=r"^Incidents\.list\(\) got an unexpected keyword argument 'limt'"
    ):
        client.incidents.list(start_time=1, end_time=2, limt=5)  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match=r"^Flashduty\.post\(\) got an unexpected keyword argument 'bdy'"
    ):
        client.post("/x", bdy={})  # type: ignore[call-overload]


async def test_misspelt_keyword_names_the_async_method(aclient: flashduty.AsyncFlashduty) -> None:
    with pytest.raises(
        TypeError, match=r"^AsyncIncidents\.info\(\) got an unexpected keyword argument 'x'"
    ):
        await aclient.incidents.info(incident_id="x", x=1)  # type: ignore[call-arg]
    with pytest.raises(
        TypeError, match=r"^AsyncIncidents\.list\(\) got an unexpected keyword argument 'x'"
    ):
        aclient.incidents.list(start_time=1, end_time=2, x=1)  # type: ignore[call-arg]


# --- errors worth logging ----------------------------------------------------


def test_api_error_text_has_code_message_request_id_and_status(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    from .server import error

    server.script(
        "/incident/info", error("InvalidParameter", "incident_id is required", 400, "req-42")
    )
    with pytest.raises(flashduty.InvalidParameterError) as caught:
        client.incidents.info(incident_id="x")
    assert (
        str(caught.value) == "InvalidParameter: incident_id is required "
        "(HTTP 400, request_id req-42; POST /incident/info, 1 attempt)"
    )
    assert type(caught.value).__module__ == "flashduty"
    text = "".join(__import__("traceback").format_exception_only(caught.value))
    assert text.startswith("flashduty.InvalidParameterError: InvalidParameter:")


def test_rate_limit_error_carries_retry_after(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    from .server import error

    reply = error("RequestTooFrequently", "slow down", 429)
    reply.headers["Retry-After"] = "7"
    server.script("/incident/info", reply)
    with pytest.raises(flashduty.RateLimitError) as caught:
        client.incidents.info(incident_id="x", max_retries=0)
    assert caught.value.retry_after == 7.0


def test_every_public_error_has_the_public_module_and_pickles() -> None:
    import pickle

    for name in flashduty.__all__:
        value = getattr(flashduty, name)
        if isinstance(value, type) and issubclass(value, flashduty.FlashdutyError):
            assert value.__module__ == "flashduty", name
            assert pickle.loads(pickle.dumps(value)) is value
    assert issubclass(flashduty.WebhookParseError, flashduty.FlashdutyError)
    assert flashduty.webhooks.WebhookParseError is flashduty.WebhookParseError
    with pytest.raises(flashduty.WebhookParseError):
        flashduty.webhooks.parse(b"not json")


def test_deprecation_warning_names_the_replacement(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/title/reset", envelope())
    with pytest.warns(
        DeprecationWarning,
        match=r"^incidents\.update_title is deprecated; use client\.incidents\.update instead$",
    ) as caught:
        client.incidents.update_title(incident_id="x", title="t")
    assert caught[0].filename == __file__  # points at the caller's line


# --- logging -----------------------------------------------------------------


def test_flashduty_log_info_logs_each_answer_without_the_key(server: MockServer) -> None:
    import os
    import subprocess
    import sys

    from .conftest import APP_KEY
    from .server import Reply

    server.script(
        "/incident/info",
        Reply(status=503, body=b"busy"),
        envelope(INCIDENT, request_id="r-1"),
    )
    # No Flashcat-Request-Id header: the log line takes the ID from the body.
    program = (
        "import flashduty, sys\n"
        "c = flashduty.Flashduty(base_url=sys.argv[1])\n"
        "c.backoff = type(c.backoff)(initial=0.01, maximum=0.01)\n"
        "c.incidents.info(incident_id='x')\n"
    )
    env = dict(os.environ, FLASHDUTY_LOG="info", FLASHDUTY_APP_KEY=APP_KEY)
    done = subprocess.run(
        [sys.executable, "-c", program, server.url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "flashduty INFO" in line]
    assert len(lines) == 2, done.stderr
    assert re.search(r"POST /incident/info 503 request_id=- attempt=1 duration=[\d.]+ms$", lines[0])
    assert re.search(
        r"POST /incident/info 200 request_id=r-1 attempt=2 duration=[\d.]+ms$", lines[1]
    )
    assert APP_KEY not in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", program, server.url],
        env=dict(env, FLASHDUTY_LOG=""),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_debug_logging_adds_retry_decisions(
    client: flashduty.Flashduty, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    from .server import Reply

    server.script("/incident/info", Reply(status=503, body=b"busy"), envelope(INCIDENT))
    with caplog.at_level("DEBUG", logger="flashduty"):
        client.incidents.info(incident_id="x")
    every = [r.getMessage() for r in caplog.records]
    assert every[0] == 'request POST /incident/info query=- body={"incident_id":"x"}'
    assert every[1] == "answer POST /incident/info 503 body=busy"
    messages = [m for m in every if not m.startswith(("request ", "answer "))]
    assert messages[0].startswith("POST /incident/info 503 request_id=- attempt=1")
    assert messages[1].startswith("retrying POST /incident/info (attempt 2 of 3)")
    assert messages[2].startswith("POST /incident/info 200 ")
