"""The transport is the user's world (DESIGN §3): proxies, redirects, pacing
windows, hostile answers, endless pages, pickling and redaction, each over a
real server on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import json
import logging
import multiprocessing
import pickle
import time
import tracemalloc
import zlib
from typing import Any, Awaitable, Callable, Iterator

import httpx
import pytest

import flashduty
from flashduty import webhooks
from flashduty._pacing import Pacer

from .conftest import APP_KEY
from .examples import response_example
from .server import ForwardProxy, MockServer, Reply, envelope, error

INCIDENT = response_example("incidents.info")["data"]
INTEGRATION_KEY = "int-key-5d1e0b7c"
JSON = {"Content-Type": "application/json"}
MiB = 1024 * 1024


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as p:
        yield p


@pytest.fixture
def no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def fast(client: Any) -> Any:
    client.backoff = type(client.backoff)(initial=0.01, maximum=0.02, retry_after_cap=5)
    return client


def sync_call(
    server: MockServer, call: Callable[[flashduty.Flashduty], Any], **settings: Any
) -> Any:
    with fast(flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, **settings)) as client:
        return call(client)


def async_call(
    server: MockServer, call: Callable[[flashduty.AsyncFlashduty], Awaitable[Any]], **settings: Any
) -> Any:
    async def run() -> Any:
        async with fast(
            flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url, **settings)
        ) as client:
            return await call(client)

    return asyncio.run(run())


BOTH = pytest.mark.parametrize("mode", ["sync", "async"])


def run(mode: str, server: MockServer, call: Callable[[Any], Any], **settings: Any) -> Any:
    """`call(client)` on a sync or an async client (`call` returns an awaitable for async)."""
    if mode == "sync":
        return sync_call(server, call, **settings)

    async def awaited(client: flashduty.AsyncFlashduty) -> Any:
        return await call(client)

    return async_call(server, awaited, **settings)


def info(client: Any) -> Any:
    return client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")


def ack(client: Any) -> Any:
    return client.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"])


def push(client: Any) -> Any:
    return client.events.push_alert(
        integration_key=INTEGRATION_KEY, event_status="Critical", title_rule="cpu"
    )


# 1. Proxies carry the key -------------------------------------------------


@BOTH
def test_a_users_proxy_carries_both_keys(
    mode: str, server: MockServer, proxy: ForwardProxy, no_env_proxies: None
) -> None:
    server.script("/incident/info", envelope(INCIDENT))
    server.script("/event/push/alert/standard", envelope({"alert_key": "ak"}))
    http = httpx.Client(proxy=proxy.url) if mode == "sync" else httpx.AsyncClient(proxy=proxy.url)

    def both(client: Any) -> Any:
        if mode == "sync":
            return info(client), push(client)

        async def go() -> Any:
            return await info(client), await push(client)

        return go()

    run(mode, server, both, http_client=http)
    assert [url.split("?")[0] for _, url, _ in proxy.seen] == [
        server.url + "/incident/info",
        server.url + "/event/push/alert/standard",
    ]
    assert server.seen[0].query == {"app_key": [APP_KEY]}
    assert server.seen[1].query == {"integration_key": [INTEGRATION_KEY]}


@BOTH
def test_the_default_client_honours_proxy_environment(
    mode: str,
    server: MockServer,
    proxy: ForwardProxy,
    no_env_proxies: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.default = lambda seen: envelope()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    run(mode, server, ack)
    assert len(proxy.seen) == 1 and "app_key=" in proxy.seen[0][1]
    assert server.seen[0].query == {"app_key": [APP_KEY]}
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    run(mode, server, ack)
    assert len(proxy.seen) == 1 and len(server.seen) == 2  # NO_PROXY: straight to the server


# 2. Redirects are never followed -----------------------------------------


@BOTH
def test_a_redirect_is_an_error_and_the_write_is_sent_once(mode: str, server: MockServer) -> None:
    elsewhere = f"{server.url}/elsewhere?app_key={APP_KEY}"
    server.script("/incident/ack", Reply(307, b"", {"Location": elsewhere}))
    http = (
        httpx.Client(follow_redirects=True)
        if mode == "sync"
        else httpx.AsyncClient(follow_redirects=True)
    )
    with pytest.raises(flashduty.APIResponseError) as caught:
        run(mode, server, ack, http_client=http)
    assert caught.value.status_code == 307
    assert "307" in str(caught.value) and f"{server.url}/elsewhere" in str(caught.value)
    assert APP_KEY not in str(caught.value) + repr(caught.value)
    assert server.count("/incident/ack") == 1 and server.count("/elsewhere") == 0


# 3. Pacing: a sliding window ----------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def send_times(pacer: Pacer, clock: FakeClock, count: int, every: float = 0.0) -> list[float]:
    """When `count` requests, arriving `every` seconds apart, are let through."""
    times = []
    for _ in range(count):
        start = clock.now
        while True:
            slot, wait = pacer.take()
            if slot is not None:
                break
            clock.now += wait
        slot.answered(clock.now)  # it arrives as it leaves
        times.append(clock.now)
        clock.now = max(clock.now, start + every)
    return times


def most_in_a_window(times: list[float], period: float) -> int:
    """The largest number of send times in any half-open window [t, t + period)."""
    times = sorted(times)
    best, first = 0, 0
    for last, t in enumerate(times):
        while t - times[first] >= period - 1e-9:
            first += 1
        best = max(best, last - first + 1)
    return best


@pytest.mark.parametrize(
    "limits,period,allowed",
    [
        ([(20, 1.0)], 1.0, 20),
        ([(50, 1.0)], 1.0, 50),
        ([(1000, 60.0)], 60.0, 1000),
        ([(10, 60.0)], 60.0, 10),
        ([(50, 1.0), (1000, 60.0)], 60.0, 1000),
        ([(50, 1.0), (1000, 60.0)], 1.0, 50),
    ],
)
@pytest.mark.parametrize("every", [0.0, 0.001, 0.037])
def test_pacer_never_lets_more_than_the_limit_into_any_window(
    limits: list[tuple[float, float]], period: float, allowed: int, every: float
) -> None:
    clock = FakeClock()
    times = send_times(Pacer(limits, clock=clock), clock, 2500, every)
    assert most_in_a_window(times, period) <= allowed
    assert times == sorted(times)
    if (
        every == 0
    ):  # all at once: the first period takes the limit (not twice it), and every window is full
        assert sum(1 for t in times if t < times[0] + period) == allowed
        assert most_in_a_window(times, period) == allowed


def test_pacer_fractional_rates() -> None:
    clock = FakeClock()
    assert send_times(Pacer([(0.5, 1.0)], clock=clock), clock, 4) == pytest.approx(
        [1000, 1002, 1004, 1006]
    )
    clock = FakeClock()
    times = send_times(Pacer([(2.5, 1.0)], clock=clock), clock, 10)
    assert most_in_a_window(times, 1.0) == 2


# Threads, tasks and `with_options` copies sharing one window: measured at a
# server in another process, in test_wire_pacing.py.


# 4. Everything raised is a FlashdutyError ---------------------------------

DEEP = b"[" * 1000 + b"]" * 1000
DEEP_OBJECT = b'{"request_id": "r", "data": ' + b'{"a": ' * 1000 + b"1" + b"}" * 1001


@BOTH
@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "object"])
def test_deeply_nested_answers_raise_api_response_error(
    mode: str, server: MockServer, status: int, body: bytes
) -> None:
    server.script("/incident/info", Reply(status, body, JSON))
    with pytest.raises(flashduty.APIResponseError):
        run(mode, server, info)


@pytest.mark.parametrize("body", [DEEP, b"[" * 100_000, b'{"event_type": "x", "a": ' + b"[" * 5000])
def test_deeply_nested_webhook_bodies_raise_webhook_parse_error(body: bytes) -> None:
    with pytest.raises(webhooks.WebhookParseError):
        webhooks.parse(body)


@BOTH
@pytest.mark.parametrize("operation,attempts", [(info, 3), (ack, 1)], ids=["read", "write"])
def test_a_bad_gzip_body_is_an_api_response_error(
    mode: str, server: MockServer, operation: Any, attempts: int
) -> None:
    path = "/incident/info" if operation is info else "/incident/ack"
    server.script(path, Reply(200, b"this is not gzip", {**JSON, "Content-Encoding": "gzip"}))
    with pytest.raises(flashduty.APIResponseError, match="could not be decoded") as caught:
        run(mode, server, operation)
    assert type(caught.value) is flashduty.APIResponseError and caught.value.status_code == 200
    assert server.count(path) == attempts  # a read is tried again, a write never


def test_a_closed_client_raises_flashduty_error(server: MockServer) -> None:
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url)
    client.close()
    with pytest.raises(flashduty.FlashdutyError, match="closed"):
        ack(client)

    async def go() -> None:
        aclient = flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url)
        await aclient.close()
        await ack(aclient)

    with pytest.raises(flashduty.FlashdutyError, match="closed"):
        asyncio.run(go())
    assert server.seen == []


def test_an_async_client_in_a_second_event_loop_raises_flashduty_error(server: MockServer) -> None:
    server.default = lambda seen: envelope()
    client = flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url)
    asyncio.run(ack(client))
    with pytest.raises(flashduty.FlashdutyError, match="event loop"):
        asyncio.run(ack(client))


# 5. A cap on the answer's size --------------------------------------------


def gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MiB)
    return b"".join(packer.compress(block) for _ in range(size // MiB)) + packer.flush()


def test_a_gzip_bomb_stops_at_the_default_cap_without_inflating(server: MockServer) -> None:
    bomb = gzip_of_zeros(256 * MiB)
    assert len(bomb) < 300_000
    server.script("/incident/info", Reply(200, bomb, {**JSON, "Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(flashduty.APIResponseError, match="max_response_size") as caught:
            sync_call(server, info)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * MiB + 24 * MiB  # the cap and one decoded piece, not 256 MiB (or twice that)
    assert caught.value.status_code == 200
    assert server.count("/incident/info") == 1  # too large is final, even for a read


@BOTH
def test_answers_over_a_configured_cap_fail_and_under_it_pass(
    mode: str, server: MockServer
) -> None:
    padded = json.dumps({"request_id": "r", "data": INCIDENT}).encode() + b" " * (2 * MiB)
    server.script("/incident/info", Reply(200, padded, JSON))
    with pytest.raises(flashduty.APIResponseError, match="max_response_size"):
        run(mode, server, info, max_response_size=MiB)
    bomb = gzip_of_zeros(16 * MiB)
    server.script("/incident/info", Reply(200, bomb, {**JSON, "Content-Encoding": "gzip"}))
    with pytest.raises(flashduty.APIResponseError, match="max_response_size"):
        run(mode, server, info, max_response_size=MiB)
    server.script(
        "/incident/info", Reply(200, gzip.compress(padded), {**JSON, "Content-Encoding": "gzip"})
    )
    assert run(mode, server, info, max_response_size=3 * MiB) is not None
    assert run(mode, server, info, max_response_size=None) is not None


def test_max_response_size_is_validated_and_copied(server: MockServer) -> None:
    client = flashduty.Flashduty(app_key="k", base_url=server.url)
    assert client.max_response_size == 100 * MiB
    assert client.with_options(max_response_size=5).max_response_size == 5
    with pytest.raises(ValueError, match="max_response_size"):
        flashduty.Flashduty(app_key="k", max_response_size=0)


# 6. `timeout` bounds a whole attempt --------------------------------------


@BOTH
@pytest.mark.parametrize("timeout", [0.3, 1.2], ids=["in-headers", "in-body"])
def test_a_dripping_server_is_cut_off_at_the_timeout(
    mode: str, server: MockServer, timeout: float
) -> None:
    body = json.dumps({"request_id": "r", "data": INCIDENT}).encode()
    server.script(
        "/incident/info", Reply(200, body, JSON, drip=0.01)
    )  # headers ~0.7 s, the whole ~20 s
    started = time.monotonic()
    with pytest.raises(flashduty.APITimeoutError):
        run(mode, server, info, timeout=timeout, max_retries=0)
    # Far below the ~20 s a per-read timeout would allow (each byte arrives in
    # time), with room for a busy machine (a loaded run took 1.08 s for 0.3 s).
    assert time.monotonic() - started < timeout + 2.0


# 7. Walks over pages end --------------------------------------------------


def page(items: int, has_next: bool, cursor: str | None = None) -> Reply:
    data: dict[str, Any] = {
        "total": 1000,
        "has_next_page": has_next,
        "items": [dict(INCIDENT)] * items,
    }
    if cursor is not None:
        data["search_after_ctx"] = cursor
    return envelope(data)


def walk(mode: str, server: MockServer, **limits: Any) -> list[Any]:
    if mode == "sync":
        return sync_call(
            server, lambda c: list(c.incidents.list(start_time=1, end_time=2).iter_all(**limits))
        )

    async def go(client: flashduty.AsyncFlashduty) -> list[Any]:
        return [i async for i in client.incidents.list(start_time=1, end_time=2).iter_all(**limits)]

    return async_call(server, go)


@BOTH
def test_a_repeated_cursor_ends_the_walk(mode: str, server: MockServer) -> None:
    server.script("/incident/list", page(1, True, "c1"))
    with pytest.raises(flashduty.PaginationError, match="c1"):
        walk(mode, server)
    assert server.count("/incident/list") == 2
    server.seen.clear()
    server.script("/incident/list", page(1, True, "c1"), page(1, True, "c2"), page(1, True, "c1"))
    with pytest.raises(flashduty.PaginationError, match="c1"):
        walk(mode, server)
    assert [s.json().get("search_after_ctx") for s in server.seen] == [None, "c1", "c2"]


@BOTH
def test_a_walk_stops_at_max_pages(mode: str, server: MockServer) -> None:
    counter = iter(range(10**6))
    server.default = lambda seen: page(1, True, f"c{next(counter)}")
    with pytest.raises(flashduty.PaginationError, match="max_pages=5"):
        walk(mode, server, max_pages=5)
    assert len(server.seen) == 5
    assert flashduty._pagination.DEFAULT_MAX_PAGES == 10_000


@BOTH
def test_a_vanished_cursor_goes_on_by_page_number(mode: str, server: MockServer) -> None:
    server.script("/incident/list", page(1, True, "c1"), page(1, True, ""), page(1, False))
    assert len(walk(mode, server)) == 3
    sent = [s.json() for s in server.seen]
    assert "p" not in sent[0] and sent[1]["search_after_ctx"] == "c1" and "p" not in sent[1]
    assert sent[2].get("p") == 3 and "search_after_ctx" not in sent[2]


# 8. Errors pickle ---------------------------------------------------------


def every_error() -> list[BaseException]:
    api = [
        cls("quota", code="X", request_id="r1", status_code=429)
        for cls in flashduty._errors.ERROR_CLASSES.values()
    ]
    limited = flashduty.RateLimitError(
        "slow down", code="RequestTooFrequently", request_id="r2", status_code=429
    )
    limited.retry_after = 3600.0
    return [
        *api,
        limited,
        flashduty.APIError("x", code="Odd", request_id=None, status_code=200),
        flashduty.APIResponseError("not json", status_code=502, request_id="r3", body=b"<html>"),
        flashduty.APIConnectionError("reset", method="POST", url="http://h/p"),
        flashduty.APITimeoutError("slow", method="POST", url="http://h/p"),
        flashduty.FlashdutyError("plain"),
        flashduty.PaginationError("loop"),
        flashduty.PaginationLimitError("far"),
        webhooks.WebhookParseError("bad"),
    ]


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_attributes(error: BaseException) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and repr(copy) == repr(error)
    assert vars(copy) == vars(error)


def call_in_worker(base_url: str) -> None:
    with flashduty.Flashduty(app_key=APP_KEY, base_url=base_url, max_retries=0) as client:
        ack(client)


def test_an_api_error_crosses_a_process_pool(server: MockServer) -> None:
    server.script("/incident/ack", error("AccessDenied", "no", status=403, request_id="req-9"))
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=spawn) as pool:
        with pytest.raises(flashduty.PermissionDeniedError) as caught:
            pool.submit(call_in_worker, server.url).result(timeout=60)
    assert caught.value.code == "AccessDenied" and caught.value.request_id == "req-9"
    assert caught.value.status_code == 403 and caught.value.message == "no"


# 9. Secrets echoed by the server are redacted -----------------------------


@BOTH
def test_secrets_echoed_in_an_error_are_redacted(
    mode: str, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = f"bad request POST /incident/info?app_key={APP_KEY}&x=1 (key {APP_KEY})"
    server.script("/incident/info", error("InternalError", echo, status=500))
    with pytest.raises(flashduty.InternalServerError) as api:
        run(mode, server, info)
    html = f"<html>proxy saw {APP_KEY} and app_key={APP_KEY}</html>".encode()
    cut = b"x" * (2048 - 12) + APP_KEY.encode()  # the body keeps 2048 bytes: the key is cut inside
    for body in (html, cut):
        server.script("/incident/ack", Reply(502, body, {"Content-Type": "text/html"}))
        with pytest.raises(flashduty.APIResponseError) as raw:
            run(mode, server, ack)
        assert APP_KEY[:4].encode() not in raw.value.body and b"***" in raw.value.body
        assert APP_KEY not in str(raw.value) + repr(raw.value)
    server.script(
        "/event/push/alert/standard",
        error("InvalidParameter", f"integration_key={INTEGRATION_KEY} {INTEGRATION_KEY}"),
    )
    with pytest.raises(flashduty.InvalidParameterError) as pushed:
        run(mode, server, push)
    for caught in (api.value, pushed.value):
        texts = str(caught) + repr(caught) + caught.message + caplog.text
        assert APP_KEY not in texts and INTEGRATION_KEY not in texts and "***" in caught.message
    assert "retrying" in caplog.text  # the log lines were there, redacted


# 10. Retry-After beyond the cap -------------------------------------------


@BOTH
def test_retry_after_beyond_the_cap_raises_at_once(mode: str, server: MockServer) -> None:
    limited = error("RequestTooFrequently", status=429)
    limited.headers["Retry-After"] = "3600"
    server.script("/incident/ack", limited)
    started = time.monotonic()
    with pytest.raises(flashduty.RateLimitError) as caught:
        run(mode, server, ack)
    assert caught.value.retry_after == 3600 and time.monotonic() - started < 2
    assert server.count("/incident/ack") == 1
    limited.headers["Retry-After"] = "0.01"
    server.script("/incident/ack", limited)
    with pytest.raises(flashduty.RateLimitError) as caught:
        run(mode, server, ack, max_retries=1)
    assert caught.value.retry_after == 0.01 and server.count("/incident/ack") == 3


# 11. Integration keys are not kept ----------------------------------------


def test_integration_keys_are_not_cached(server: MockServer) -> None:
    server.default = lambda seen: envelope({"alert_key": "ak"})
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url)
    for n in range(20):
        client.events.push_alert(integration_key=f"int-{n}", event_status="Ok", title_rule="t")
    ack(client)
    assert len(client._url_cache) <= 1
    assert all(
        f"int-{n}" not in str(entry[1].url)
        for entry in client._url_cache.values()
        if entry[1]
        for n in range(20)
    )
    assert [s.query["integration_key"][0] for s in server.seen[:3]] == ["int-0", "int-1", "int-2"]
