"""A stream that stalls after it started, as `client.ai_sre.sessions.export`
meets it over real HTTP on 127.0.0.1, sync and async.

Probed: the `APITimeoutError` of a stalled body had no cause (the README
promises the httpx exception there, as for calls) and, on the async client,
no text at all (`ReadTimeout:  (POST ...)`): httpx's async timeouts carry
none."""

from __future__ import annotations

import time
from typing import Iterator

import httpx
import pytest

import flashduty

from .conftest import APP_KEY
from .test_streams import Body, StreamServer

PATH = "/safari/session/export"


def stalling() -> Iterator[bytes]:
    yield b'{"type": "message", "i": 0}\n'
    time.sleep(1.5)  # longer than the client's timeout: the stream stalls
    yield b'{"type": "message", "i": 1}\n'


@pytest.fixture
def stalls() -> Iterator[StreamServer]:
    with StreamServer() as server:
        server.answer(PATH, Body(stalling, content_type="application/x-ndjson"))
        yield server


def check(exc: flashduty.APITimeoutError, url: str) -> None:
    assert str(exc).startswith("ReadTimeout: timed out (POST ")
    assert isinstance(exc.__cause__, httpx.ReadTimeout)
    assert exc.__cause__.request.url == httpx.URL(url + PATH)  # as the caller sees it: no key
    assert APP_KEY not in str(exc) + repr(exc.__cause__) + str(exc.__cause__.request.url)


def test_a_stalled_stream_chains_its_cause(stalls: StreamServer) -> None:
    seen = []
    with flashduty.Flashduty(app_key=APP_KEY, base_url=stalls.url, timeout=0.5) as client:
        with client.ai_sre.sessions.export(session_id="s1") as stream:
            with pytest.raises(flashduty.APITimeoutError) as info:
                for record in stream.iter_records():
                    seen.append(record)
    assert seen == [{"type": "message", "i": 0}]
    check(info.value, stalls.url)


async def test_a_stalled_async_stream_says_what_happened(stalls: StreamServer) -> None:
    seen = []
    async with flashduty.AsyncFlashduty(
        app_key=APP_KEY, base_url=stalls.url, timeout=0.5
    ) as client:
        async with client.ai_sre.sessions.export(session_id="s1") as stream:
            with pytest.raises(flashduty.APITimeoutError) as info:
                async for record in stream.iter_records():
                    seen.append(record)
    assert seen == [{"type": "message", "i": 0}]
    check(info.value, stalls.url)
