"""A stream that stalls after it started, as `client.ai_sre.sessions.export`
meets it over real HTTP on 127.0.0.1, sync and async.

Probed: the `APITimeoutError` of a stalled body had no cause (the README
promises the httpx exception there, as for calls) and, on the async client,
no text at all (`ReadTimeout:  (POST ...)`): httpx's async timeouts carry
none."""

from __future__ import annotations

import json
import pickle
import time
from pathlib import Path
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


TOKEN = "fd-access-token-5b7e2a"


def failing_after_records() -> Iterator[bytes]:
    yield b'{"type": "message", "i": 0}\n'
    error = {"code": "InternalError", "message": f"export failed for Bearer {TOKEN}"}
    yield b'{"request_id": "rid-late", "error": %s}\n' % json.dumps(error).encode()


def test_an_error_line_is_redacted_and_says_where_it_came_from() -> None:
    """Probed: the token the server quoted in an error line after records
    reached `str(exc)` whole, and the error had no operation nor headers."""
    with StreamServer() as server:
        server.answer(PATH, Body(failing_after_records, content_type="application/x-ndjson"))
        with flashduty.Flashduty(access_token=TOKEN, base_url=server.url) as client:
            with client.ai_sre.sessions.export(session_id="s1") as stream:
                with pytest.raises(flashduty.InternalServerError) as info:
                    list(stream.iter_records())
    error = info.value
    assert str(error) == (
        "InternalError: export failed for Bearer *** "
        "(HTTP 200, request_id rid-late; POST /safari/session/export, 1 attempt)"
    )
    assert TOKEN not in error.message + repr(error) + repr(pickle.dumps(error))
    assert error.headers["flashcat-request-id"] == "rid-stream"


async def test_an_async_error_line_is_redacted() -> None:
    with StreamServer() as server:
        server.answer(PATH, Body(failing_after_records, content_type="application/x-ndjson"))
        async with flashduty.AsyncFlashduty(access_token=TOKEN, base_url=server.url) as client:
            async with client.ai_sre.sessions.export(session_id="s1") as stream:
                with pytest.raises(flashduty.InternalServerError) as info:
                    async for _ in stream.iter_records():
                        pass
    assert TOKEN not in str(info.value) + info.value.message
    assert info.value.operation == "POST /safari/session/export"


def proxy_error() -> Iterator[bytes]:
    yield b"502 Bad Gateway\n"


def test_a_proxy_error_page_is_an_error_not_a_stream() -> None:
    """Probed: a text/plain 502 from a proxy was handed over as the stream,
    and failed later as "line 1 of the stream is not JSON"."""
    with StreamServer() as server:
        server.answer(PATH, Body(proxy_error, content_type="text/plain", status=502))
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
            with pytest.raises(flashduty.APIResponseError, match="HTTP 502: the body is not"):
                client.ai_sre.sessions.export(session_id="s1")
            export = flashduty.with_streaming_response(client.analytics.incidents.export)
            server.answer("/insight/incident/export", Body(proxy_error, "text/plain", 502))
            with pytest.raises(flashduty.APIResponseError, match="HTTP 502: the body is not"):
                export(start_time=1767225600, end_time=1767312000)


async def test_an_async_proxy_error_page_is_an_error_not_a_stream() -> None:
    with StreamServer() as server:
        server.answer(PATH, Body(proxy_error, content_type="text/plain", status=502))
        async with flashduty.AsyncFlashduty(
            app_key=APP_KEY, base_url=server.url, max_retries=0
        ) as client:
            with pytest.raises(flashduty.APIResponseError, match="HTTP 502: the body is not"):
                async with client.ai_sre.sessions.export(session_id="s1"):
                    pass


def failing_in_pieces() -> Iterator[bytes]:
    yield b'{"type": "message", "i": 0}\n' * 1000
    line = b'{"request_id": "rid-late", "error": {"code": "InternalError", "message": "cut"}}\n'
    for start in range(0, len(line), 7):  # the error line in many small chunks
        yield line[start : start + 7]


def test_write_to_does_not_keep_a_failed_export_as_the_file(tmp_path: Path) -> None:
    """Probed: `write_to` wrote an export that failed after it started
    (its error line included) as a complete file, and returned its size."""
    target = tmp_path / "session.ndjson"
    with StreamServer() as server:
        server.answer(PATH, Body(failing_in_pieces, content_type="application/x-ndjson"))
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
            with client.ai_sre.sessions.export(session_id="s1") as stream:
                with pytest.raises(flashduty.InternalServerError, match="cut"):
                    stream.write_to(target)
            assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary
            server.answer(PATH, Body(records_ending_in_error_word, "application/x-ndjson"))
            with client.ai_sre.sessions.export(session_id="s1") as stream:
                size = stream.write_to(target)
    assert target.read_bytes() == b"".join(records_ending_in_error_word()) and size > 0


def records_ending_in_error_word() -> Iterator[bytes]:
    yield b'{"type": "message", "text": "an \\"error\\" is data here", "error": "x"}\n'


async def test_async_write_to_does_not_keep_a_failed_export(tmp_path: Path) -> None:
    with StreamServer() as server:
        server.answer(PATH, Body(failing_in_pieces, content_type="application/x-ndjson"))
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as client:
            async with client.ai_sre.sessions.export(session_id="s1") as stream:
                with pytest.raises(flashduty.InternalServerError) as info:
                    await stream.write_to(tmp_path / "session.ndjson")
    assert info.value.operation == "POST /safari/session/export"
    assert list(tmp_path.iterdir()) == []


def records_only() -> Iterator[bytes]:
    yield b'{"type": "message", "i": 0}\n{"type": "message", "i": 1}\n'


async def test_an_async_stream_iterated_without_async_with_opens_itself() -> None:
    """Probed: `iter_bytes()` sends the request of a stream not yet opened,
    but `iter_lines()` / `iter_records()` failed with AttributeError
    ('_max_size') before getting there."""
    with StreamServer() as server:
        server.answer(PATH, Body(records_only, content_type="application/x-ndjson"))
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as client:
            stream = client.ai_sre.sessions.export(session_id="s1")
            got = [record async for record in stream.iter_records()]
    assert got == [{"type": "message", "i": 0}, {"type": "message", "i": 1}]
    assert len(server.requests) == 1


def test_with_raw_response_on_a_stream_gives_the_stream_as_its_parse() -> None:
    """Probed: it handed back the open StreamResponse itself, whose missing
    `parse()` then failed with AttributeError (the contract suite calls it)."""
    with StreamServer() as server:
        server.answer(PATH, Body(records_only, content_type="application/x-ndjson"))
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
            raw = flashduty.with_raw_response(client.ai_sre.sessions.export)(session_id="s1")
            assert raw.status_code == 200 and raw.request_id == "rid-stream"
            with raw.parse() as stream:
                assert [r["i"] for r in stream.iter_records()] == [0, 1]
