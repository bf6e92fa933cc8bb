"""Runtime policies in isolation: backoff, Retry-After, pacing, redaction."""

from __future__ import annotations

import email.utils
import threading

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


def test_pacer_allows_the_limit_at_once_then_waits_for_the_window() -> None:
    clock = FakeClock()
    pacer = Pacer([(5, 1.0)], clock=clock)
    waits = [pacer.reserve() for _ in range(7)]
    assert waits[:5] == pytest.approx([0] * 5, abs=1e-9)
    assert waits[5:] == pytest.approx([1.0, 1.0])  # a sliding window: the 6th waits a whole period
    clock.now += 10  # the window moved on: a full limit again
    assert [pacer.reserve() for _ in range(5)] == pytest.approx([0] * 5, abs=1e-9)


def test_pacer_honours_every_limit() -> None:
    clock = FakeClock()
    pacer = Pacer([(50, 1.0), (60, 60.0)], clock=clock)
    waits = [pacer.reserve() for _ in range(61)]
    assert waits[:50] == pytest.approx([0] * 50, abs=1e-9)  # the per-second limit
    assert waits[50:60] == pytest.approx([1.0] * 10)  # the next second
    assert waits[60] == pytest.approx(
        60.0
    )  # the per-minute window is full until the first send is a minute old
    assert all(b >= a for a, b in zip(waits, waits[1:]))


def test_client_paces_all_calls_including_copies(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", lambda s: slept.append(s))
    server.default = lambda seen: envelope()
    client = flashduty.Flashduty(app_key="k", base_url=server.url, max_requests_per_second=4)
    copy = client.with_options(timeout=2.0)
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
    waits = sorted(slept)
    assert waits == pytest.approx([0, 0, 0, 0, 1, 1, 1, 1], abs=0.1)
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
    slept: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", lambda s: slept.append(s))
    server.default = lambda seen: Reply(200, b"id\n1\n", {"Content-Type": "text/csv"})
    client = flashduty.Flashduty(app_key="k", base_url=server.url, max_requests_per_second=50)
    for _ in range(11):
        client.analytics.incidents.export(start_time=1, end_time=2)
    assert slept == pytest.approx([0] * 10 + [1], abs=0.1)
    slept.clear()
    server.default = lambda seen: envelope()
    client.incidents.ack(incident_ids=["x"])
    assert slept == pytest.approx([0], abs=0.1)
    server.default = lambda seen: Reply(200, b"id\n1\n", {"Content-Type": "text/csv"})
    unpaced = flashduty.Flashduty(app_key="k", base_url=server.url)
    unpaced.analytics.incidents.export(start_time=1, end_time=2)
    assert len(slept) == 1  # pacing is opt-in: an unpaced client never waits
