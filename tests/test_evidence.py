"""Every answer and webhook payload the vendor documents, replayed verbatim
through the client (sync and async) over a real local server: a documented
answer must never fail a call, and what the client reads must be what was
sent (a null reading as its field's zero value)."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import warnings
from typing import Any

import pytest

import flashduty
from flashduty import webhooks

from . import evidence
from .conftest import APP_KEY
from .examples import arguments, method_of, read_alike, wire
from .server import MockServer, Reply

pytestmark = pytest.mark.skipif(
    not evidence.available(), reason="../shared/reference is not beside this checkout"
)
REPLAYS = evidence.replayable() if evidence.available() else []


def test_the_replay_covers_the_documented_answers() -> None:
    documented = list(evidence.documented_answers())
    print(f"\nevidence: {len(REPLAYS)} of {len(documented)} documented 200 answers replayed")
    replayed = {(method, path) for _, method, path, _, _ in REPLAYS}
    missing = sorted({(m, p) for _, m, p, _ in documented} - replayed)
    assert not missing, f"documented answers of operations the spec lacks: {missing}"


def check_read(result: Any, op: dict[str, Any], body: Any) -> None:
    data = body.get("data") if isinstance(body, dict) else None
    content = op["responses"]["200"]["content"]
    if isinstance(result, (flashduty.StreamResponse, flashduty.AsyncStreamResponse)):
        # A stream operation the server answered with the JSON envelope: nothing
        # to stream, the envelope's data is on the stream.
        assert result.data is not None and read_alike(wire(result.data), data)
    elif "application/json" not in content:  # a download the docs answer with the envelope
        assert result == (
            data.encode()
            if isinstance(data, str)
            else b"" if not data else json.dumps(data).encode()
        )
    elif op.get("x-pagination"):
        items = op["x-pagination"]["items"]
        assert len(result.items) == len((data or {}).get(items) or [])
        assert read_alike(wire(result.data), data or {})
    elif op.get("x-unwrap"):
        assert result == (data or {}).get(op["x-unwrap"], "")
    elif result is None:  # an operation that answers nothing: the docs show no data, or empty data
        assert not data
    elif data is None:
        assert result == [] or wire(result) == {}
    else:
        assert read_alike(wire(result), data)


@pytest.mark.parametrize("case,method,path,op,body", REPLAYS, ids=[r[0] for r in REPLAYS])
def test_documented_answer_reads(
    server: MockServer,
    caplog: pytest.LogCaptureFixture,
    case: str,
    method: str,
    path: str,
    op: dict[str, Any],
    body: Any,
) -> None:
    server.default = lambda seen: Reply(
        body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    kwargs, _ = arguments(op)
    operation_id = op["operationId"]
    caplog.set_level(logging.WARNING, logger="flashduty")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
            check_read(method_of(client, operation_id)(**kwargs), op, body)

        async def call_async() -> Any:
            async with flashduty.AsyncFlashduty(
                app_key=APP_KEY, base_url=server.url, max_retries=0
            ) as aclient:
                outcome = method_of(aclient, operation_id)(**kwargs)
                return await outcome if inspect.isawaitable(outcome) else outcome

        check_read(asyncio.run(call_async()), op, body)
    assert APP_KEY not in caplog.text


WEBHOOKS = evidence.webhook_payloads() if evidence.available() else []


@pytest.mark.parametrize("page,body", WEBHOOKS, ids=[w[0] for w in WEBHOOKS])
def test_documented_webhook_payload_parses(page: str, body: str) -> None:
    sent = json.loads(body)
    event = webhooks.parse(body)
    assert type(event).__name__ != "UnknownEvent"
    assert event.event_type == sent["event_type"]
    # Receivers de-duplicate on it: the custom-action page nests it in `incident`.
    assert event.event_id and event.event_id == sent.get(
        "event_id", sent.get("incident", {}).get("event_id")
    )
    assert read_alike({k: v for k, v in wire(event).items() if k in sent}, sent)
    assert webhooks.parse(body, strict=True).event_id == event.event_id


def test_every_webhook_page_has_a_payload() -> None:
    assert {page for page, _ in WEBHOOKS} == set(evidence.WEBHOOK_PAGES)
