"""Fault injection over real sockets: what the client raises, how many
requests the server saw, and that no key leaks through any of it."""

from __future__ import annotations

import email.utils
import json
import logging
import time
import traceback
from typing import Any, Callable

import pytest

import flashduty

from .conftest import APP_KEY
from .examples import response_example
from .server import MockServer, Reply, envelope, error

INCIDENT = response_example("incidents.info")["data"]
READ = ("/incident/info", lambda c: c.incidents.info(incident_id="69da451ef77b1b51f40e83ee"))
WRITE = ("/incident/ack", lambda c: c.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"]))


def status(code: int) -> Reply:
    return Reply(
        code,
        json.dumps(
            {"request_id": "r", "error": {"code": "InternalError", "message": "boom"}}
        ).encode(),
        {"Content-Type": "application/json"},
    )


def gateway(code: int) -> Reply:
    return Reply(code, b"<html><body>upstream failed</body></html>", {"Content-Type": "text/html"})


CASES: list[tuple[str, tuple[str, Callable[[Any], Any]], list[Reply], type[Exception], int]] = [
    # name, operation, replies in order (the last repeats), exception, requests the server sees
    ("reset-read", READ, [Reply(fault="reset")], flashduty.APIConnectionError, 3),
    ("reset-write", WRITE, [Reply(fault="reset")], flashduty.APIConnectionError, 1),
    ("slow-read", READ, [Reply(delay=0.6, body=b"{}")], flashduty.APITimeoutError, 3),
    ("slow-write", WRITE, [Reply(delay=0.6, body=b"{}")], flashduty.APITimeoutError, 1),
    ("500-read", READ, [status(500)], flashduty.InternalServerError, 3),
    ("500-write", WRITE, [status(500)], flashduty.InternalServerError, 1),
    ("502-read", READ, [gateway(502)], flashduty.APIResponseError, 3),
    ("502-write", WRITE, [gateway(502)], flashduty.APIResponseError, 1),
    ("503-read", READ, [gateway(503)], flashduty.APIResponseError, 3),
    ("503-write", WRITE, [gateway(503)], flashduty.APIResponseError, 1),
    ("504-read", READ, [gateway(504)], flashduty.APIResponseError, 3),
    ("504-write", WRITE, [gateway(504)], flashduty.APIResponseError, 1),
    (
        "429-write-no-header",
        WRITE,
        [error("RequestTooFrequently", status=429)],
        flashduty.RateLimitError,
        3,
    ),
    ("429-in-200", WRITE, [error("RequestTooFrequently", status=200)], flashduty.RateLimitError, 3),
    (
        "html-200",
        READ,
        [Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})],
        flashduty.APIResponseError,
        1,
    ),
    (
        "truncated-body",
        READ,
        [
            Reply(
                200,
                json.dumps({"request_id": "r", "data": INCIDENT}).encode(),
                {"Content-Type": "application/json"},
                fault="truncate",
            )
        ],
        flashduty.APIConnectionError,
        3,
    ),
    (
        "truncated-json",
        READ,
        [
            Reply(
                200,
                b'{"request_id": "r", "data": {"incident_id": "6',
                {"Content-Type": "application/json"},
            )
        ],
        flashduty.APIResponseError,
        1,
    ),
    (
        "error-in-200",
        WRITE,
        [error("AccessDenied", status=200)],
        flashduty.PermissionDeniedError,
        1,
    ),
    ("unknown-code", WRITE, [error("QuantumFlux", status=400)], flashduty.APIError, 1),
    (
        "not-envelope",
        READ,
        [Reply(200, b'{"ok": true}', {"Content-Type": "application/json"})],
        flashduty.APIResponseError,
        1,
    ),
    (
        "not-envelope-400",
        WRITE,
        [Reply(400, b'{"msg": "bad"}', {"Content-Type": "application/json"})],
        flashduty.APIResponseError,
        1,
    ),
    (
        "empty-body",
        READ,
        [Reply(200, b"", {"Content-Type": "application/json"})],
        flashduty.APIResponseError,
        1,
    ),
]


def no_secret(*texts: str) -> None:
    for text in texts:
        assert APP_KEY not in text


@pytest.mark.parametrize("name,operation,replies,exc,attempts", CASES, ids=[c[0] for c in CASES])
def test_fault(
    server: MockServer,
    caplog: pytest.LogCaptureFixture,
    name: str,
    operation: tuple[str, Callable[[Any], Any]],
    replies: list[Reply],
    exc: type[Exception],
    attempts: int,
) -> None:
    caplog.set_level(logging.DEBUG)
    path, call = operation
    server.script(path, *replies)
    # A short timeout where the case is a timeout; elsewhere a long one, so
    # that a busy machine (a worker stalled by a collection) is not a timeout.
    timeout = 0.3 if exc is flashduty.APITimeoutError else 10.0
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, timeout=timeout)
    client.backoff = type(client.backoff)(initial=0.01, maximum=0.02, retry_after_cap=0.05)
    with pytest.raises(exc) as info:
        call(client)
    assert (
        type(info.value) is exc
        or exc is flashduty.APIConnectionError
        and isinstance(info.value, exc)
    )
    if exc is flashduty.APIConnectionError:
        assert not isinstance(info.value, flashduty.APITimeoutError)
    time.sleep(0.05)  # a reset or timed-out request may still be landing on the server
    assert server.count(path) == attempts
    retries = caplog.text.count("retrying")
    assert retries == attempts - 1
    tb = "".join(traceback.format_exception(info.value))
    no_secret(str(info.value), repr(info.value), tb, caplog.text)
    client.close()


def test_retry_after_date_is_honoured(server: MockServer) -> None:
    limited = error("RequestTooFrequently", status=429)
    limited.headers["Retry-After"] = email.utils.formatdate(
        time.time() + 2, usegmt=True
    )  # whole seconds: 1 to 2 s away
    server.script("/incident/ack", limited, envelope())
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url)
    client.backoff = type(client.backoff)(initial=0.01, maximum=0.02, retry_after_cap=5)
    started = time.monotonic()
    client.incidents.ack(incident_ids=["x"])
    assert time.monotonic() - started >= 0.9  # waited for the date, not the 10 ms backoff
    assert server.count("/incident/ack") == 2


def test_retried_write_after_refusal_sends_the_same_body(server: MockServer) -> None:
    limited = error("RequestTooFrequently", status=429)
    server.script("/incident/ack", limited, limited, envelope())
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url)
    client.backoff = type(client.backoff)(initial=0.01, maximum=0.02)
    client.incidents.ack(incident_ids=["a", "b"])
    bodies = {s.body for s in server.seen}
    assert len(server.seen) == 3 and len(bodies) == 1


def test_per_call_max_retries(server: MockServer) -> None:
    server.script("/incident/info", status(503))
    client = flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=5)
    client.backoff = type(client.backoff)(initial=0.001, maximum=0.002)
    with pytest.raises(flashduty.ServerError):
        client.incidents.info(incident_id="x", max_retries=0)
    assert server.count("/incident/info") == 1


async def test_async_faults_match_sync(server: MockServer) -> None:
    server.script("/incident/info", Reply(fault="reset"))
    server.script("/incident/ack", status(500))
    async with flashduty.AsyncFlashduty(
        app_key=APP_KEY, base_url=server.url, timeout=0.3
    ) as client:
        client.backoff = type(client.backoff)(initial=0.01, maximum=0.02)
        with pytest.raises(flashduty.APIConnectionError) as info:
            await client.incidents.info(incident_id="x")
        no_secret(str(info.value), "".join(traceback.format_exception(info.value)))
        with pytest.raises(flashduty.InternalServerError):
            await client.incidents.ack(incident_ids=["x"])
    assert server.count("/incident/info") == 3 and server.count("/incident/ack") == 1
