"""Runtime policies in isolation: backoff, Retry-After, pacing, redaction."""

from __future__ import annotations

import email.utils
import threading
import time

import pytest

import flashduty
from flashduty import _base_client
from flashduty._pacing import Pacer
from flashduty._redact import redact
from flashduty._retry import Backoff, retry_after, retry_failure, retry_response

from .server import MockServer, Reply, envelope


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    backoff = Backoff(initial=0.5, maximum=8.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (6, 8.0), (10, 8.0)]:
        delays = [backoff.delay(attempt) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 100  # jittered, not a fixed schedule


def test_retry_after_seconds_date_and_cap() -> None:
    assert retry_after({"retry-after": "3"}) == 3.0
    assert retry_after({"retry-after-ms": "250"}) == 0.25
    assert retry_after({}) is None and retry_after({"retry-after": "soon"}) is None
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 7, usegmt=True)
    assert retry_after({"retry-after": date}, now=now) == pytest.approx(7.0)
    assert (
        retry_after({"retry-after": email.utils.formatdate(now - 60, usegmt=True)}, now=now) == 0.0
    )
    assert Backoff(retry_after_cap=60).delay(1, retry_after=3600) == 60


def test_retry_rules_protect_writes() -> None:
    assert retry_response(429, None, idempotent=False)
    assert retry_response(200, "RequestTooFrequently", idempotent=False)
    assert not retry_response(500, "InternalError", idempotent=False)
    assert retry_response(503, None, idempotent=True)
    assert not retry_response(400, "InvalidParameter", idempotent=True)
    assert retry_failure(sent=False, idempotent=False)
    assert not retry_failure(sent=True, idempotent=False)
    assert retry_failure(sent=True, idempotent=True)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def go(pacer: Pacer, clock: FakeClock) -> float:
    """Seconds a request waits for its turn; it then arrives at once."""
    waited = 0.0
    while True:
        slot, wait = pacer.take()
        if slot is not None:
            slot.answered(clock.now)
            return waited
        clock.now += wait
        waited += wait


def test_pacer_allows_the_limit_at_once_then_waits_for_the_window() -> None:
    clock = FakeClock()
    pacer = Pacer([(5, 1.0)], clock=clock)
    waits = [go(pacer, clock) for _ in range(7)]
    assert waits[:5] == pytest.approx([0] * 5, abs=1e-9)
    # a sliding window: the 6th waits a whole period, the 7th is then due too
    assert waits[5:] == pytest.approx([1.0, 0.0])
    clock.now += 10  # the window moved on: a full limit again
    assert [go(pacer, clock) for _ in range(5)] == pytest.approx([0] * 5, abs=1e-9)


def test_pacer_honours_every_limit() -> None:
    clock = FakeClock()
    start = clock.now
    pacer = Pacer([(50, 1.0), (60, 60.0)], clock=clock)
    times = []
    for _ in range(61):
        go(pacer, clock)
        times.append(clock.now - start)
    assert times[:50] == pytest.approx([0] * 50, abs=1e-9)  # the per-second limit
    assert times[50:60] == pytest.approx([1.0] * 10)  # the next second
    # the per-minute window is full until the first send is a minute old
    assert times[60] == pytest.approx(60.0)


def test_a_request_on_its_way_holds_back_the_one_a_limit_later() -> None:
    clock = FakeClock()
    pacer = Pacer([(2, 1.0)], clock=clock)
    first, _ = pacer.take()
    second, _ = pacer.take()
    assert first is not None and second is not None
    assert pacer.take() == (None, pytest.approx(0.002))  # the first has not arrived yet
    clock.now += 3
    first.written(clock.now)  # written: taken as arrived within the margin
    assert pacer.take() == (None, pytest.approx(1.5))
    first.answered(clock.now + 0.01)  # its answer came: it had arrived by then
    assert pacer.take() == (None, pytest.approx(1.01))
    clock.now += 1.01
    third, wait = pacer.take()
    assert third is not None and wait == 0


def test_client_paces_all_calls_including_copies(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.default = lambda seen: envelope()
    client = flashduty.Flashduty(app_key="k", base_url=server.url, max_requests_per_second=4)
    copy = client.with_options(timeout=2.0)
    assert copy._pacer is client._pacer
    started = time.monotonic()
    threads = [
        threading.Thread(
            target=(client if i % 2 else copy).incidents.ack, kwargs={"incident_ids": ["x"]}
        )
        for i in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(server.seen) == 8
    # four at once, the next four a period after the first ones arrived
    assert 1.0 <= time.monotonic() - started < 2.0
    assert flashduty.ACCOUNT_RATE_LIMIT == {"per_second": 50, "per_minute": 1000}


@pytest.mark.parametrize(
    "text",
    [
        "https://api.flashcat.cloud/incident/info?app_key=abc123&x=1",
        "GET /x?integration_key=abc123 failed",
        "<Request('POST', 'http://h/p?app_key=abc123')>",
    ],
)
def test_redact_removes_keys_from_urls(text: str) -> None:
    out = redact(text)
    assert "abc123" not in out and "***" in out


def test_redact_removes_a_known_secret_anywhere() -> None:
    assert redact("token abc123 leaked", "abc123") == "token *** leaked"


def test_with_options_validates_and_keeps_original(server: MockServer) -> None:
    client = flashduty.Flashduty(app_key="k", base_url=server.url, max_requests_per_second=10)
    with pytest.raises(ValueError):
        client.with_options(max_retries=-1)
    other = client.with_options(app_key="k2", base_url=server.url + "/", max_retries=0)
    assert other._pacer is client._pacer and other._http is client._http
    assert client._app_key == "k" and client.max_retries == 2 and other.base_url == server.url
    _ = client.incidents
    assert "incidents" not in client.with_options(timeout=1).__dict__
    other.close()
    server.script("/incident/ack", envelope())
    client.incidents.ack(incident_ids=["x"])  # the shared pool is still open


def test_paced_client_also_honours_an_operations_own_limit(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exports allow 10 calls a second (and 20 a minute, 100 a day): a paced
    client spaces them out, while other calls keep the account's pace. The
    daily quota is not paced."""
    server.default = lambda seen: Reply(200, b"id\n1\n", {"Content-Type": "text/csv"})
    client = flashduty.Flashduty(app_key="k", base_url=server.url, max_requests_per_second=50)
    started = time.monotonic()
    for _ in range(11):
        client.analytics.incidents.export(start_time=1, end_time=2)
    assert 1.0 <= time.monotonic() - started < 2.5  # the 11th a second after the first
    server.default = lambda seen: envelope()
    started = time.monotonic()
    client.incidents.ack(incident_ids=["x"])
    assert time.monotonic() - started < 0.5  # other calls keep the account's pace
    server.default = lambda seen: Reply(200, b"id\n1\n", {"Content-Type": "text/csv"})
    slept: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", lambda s: slept.append(s))
    unpaced = flashduty.Flashduty(app_key="k", base_url=server.url)
    unpaced.analytics.incidents.export(start_time=1, end_time=2)
    unpaced.analytics.incidents.export(start_time=1, end_time=2)
    assert slept == []  # pacing is opt-in: an unpaced client never waits
