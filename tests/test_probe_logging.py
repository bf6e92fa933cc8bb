"""Debug log lines stay bounded whatever Content-Type the server sends, over
real HTTP on 127.0.0.1.

Probed: a streamed answer's Content-Type went into the `answer ... body=`
debug line whole (a 20,000-character header made a 20,120-character line),
and so did a binary download's."""

from __future__ import annotations

import logging
from typing import Iterator

import pytest

import flashduty

from .conftest import APP_KEY
from .test_streams import Body, StreamServer

LONG = "A" * 20000


def records() -> Iterator[bytes]:
    yield b'{"type": "message"}\n'


def longest(caplog: pytest.LogCaptureFixture) -> int:
    return max(len(r.getMessage()) for r in caplog.records if r.name == "flashduty")


def test_a_streamed_answers_content_type_is_bounded_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="flashduty")
    with StreamServer() as server:
        kind = f"application/x-ndjson; x={LONG}; k={APP_KEY}"
        server.answer("/safari/session/export", Body(records, content_type=kind))
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
            with client.ai_sre.sessions.export(session_id="s1") as stream:
                assert list(stream.iter_records()) == [{"type": "message"}]
    assert any("(streamed, application/x-ndjson; x=AAA" in r.getMessage() for r in caplog.records)
    assert longest(caplog) < 500


def test_a_binary_downloads_content_type_is_bounded_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="flashduty")
    with StreamServer() as server:
        body = Body(lambda: iter([b"\x89PNG..."]), content_type=f"image/{LONG}")
        server.answer("/insight/incident/export", body)
        with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
            got = client.analytics.incidents.export(start_time=1767225600, end_time=1767312000)
    assert got == b"\x89PNG..."
    assert any("bytes of image/aaa" in r.getMessage() for r in caplog.records)
    assert longest(caplog) < 500
