"""Answers read as they arrive, over real HTTP on 127.0.0.1: files and
NDJSON streams, sync and async. The NDJSON operations come from a fixture
spec (tests/generator/fixtures/streams) generated here, so the mechanism is
tested as the media types drive it, whatever operations the spec holds."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

import pytest

import flashduty
from generator.pipeline import generate

from .conftest import APP_KEY
from .server import _Local, _Quiet
from .typing_run import mypy_strict

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "generator" / "fixtures" / "streams" / "openapi.yaml"
MB = 1024 * 1024


class Body:
    """How the streaming server answers one path."""

    def __init__(
        self,
        chunks: Callable[[], Iterator[bytes]],
        content_type: str = "application/octet-stream",
        status: int = 200,
    ):
        self.chunks = chunks
        self.content_type = content_type
        self.status = status


class StreamServer(_Local):
    """Answers each path with a generated body, sent chunked as it is made:
    nothing of it is held whole, on either side."""

    def __init__(self) -> None:
        self.bodies: dict[str, Body] = {}
        self.requests: list[tuple[str, bytes]] = []
        server = self

        class Handler(_Quiet):
            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                path = self.path.split("?")[0]
                server.requests.append((path, self.rfile.read(length) if length else b""))
                body = server.bodies[path]
                self.send_response(body.status)
                self.send_header("Content-Type", body.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("flashcat-request-id", "rid-stream")
                self.end_headers()
                try:
                    for chunk in body.chunks():
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                except OSError:
                    # The client hung up (a stall test), or the body "failed": end
                    # the connection so the client sees the body cut short.
                    self.close_connection = True

            do_GET = do_POST = handle_one

        self._serve(Handler)

    def answer(self, path: str, body: Body) -> None:
        self.bodies[path] = body


def once(*parts: bytes) -> Callable[[], Iterator[bytes]]:
    return lambda: iter(parts)


def envelope(data: Any = None, error: dict[str, str] | None = None) -> bytes:
    body: dict[str, Any] = {"request_id": "rid-envelope"}
    if data is not None:
        body["data"] = data
    if error is not None:
        body["error"] = error
    return json.dumps(body).encode()


@pytest.fixture(scope="module")
def streamfix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("streams")
    generate(str(FIXTURE), str(out), "streamfix", cache=None)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("streamfix")
    finally:
        sys.path.remove(str(out))


@pytest.fixture
def srv() -> Iterator[StreamServer]:
    with StreamServer() as server:
        yield server


LINES = [{"seq": 1, "kind": "meta", "text": "start"}, {"seq": 2, "kind": "event", "text": "é"}]
NDJSON = b"".join(json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in LINES)


def test_ndjson_records_typed_by_the_item_schema(srv: StreamServer, streamfix: Any) -> None:
    # Split mid-line and mid-character: lines are reassembled across chunks.
    srv.answer(
        "/log/export", Body(once(NDJSON[:5], NDJSON[5:40], NDJSON[40:]), "application/x-ndjson")
    )
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        with client.logs.export(log_id="l1") as stream:
            assert isinstance(stream, streamfix.StreamResponse)
            assert stream.status_code == 200 and stream.request_id == "rid-stream"
            records = list(stream.iter_records())
    assert [type(r).__name__ for r in records] == ["LogLine", "LogLine"]
    assert [(r.seq, r.kind, r.text) for r in records] == [(1, "meta", "start"), (2, "event", "é")]
    assert json.loads(srv.requests[0][1]) == {"log_id": "l1"}


def test_ndjson_records_async_and_untyped(srv: StreamServer, streamfix: Any) -> None:
    srv.answer("/log/raw", Body(once(b'{"a": 1}\r\n\n[2]\n"x"'), "application/x-ndjson"))

    async def main() -> list[Any]:
        async with streamfix.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url) as client:
            async with client.logs.raw(since=1) as stream:
                return [r async for r in stream.iter_records()]

    assert asyncio.run(main()) == [{"a": 1}, [2], "x"]  # a last line without "\n" counts


def test_a_raw_response_of_a_stream_sync_and_async(srv: StreamServer, streamfix: Any) -> None:
    """`with_raw_response` of a stream method: the APIResponse (status,
    headers; the body left unread), sync and async alike; parse() gives the
    stream to read."""
    srv.answer("/log/export", Body(once(NDJSON), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        raw = streamfix.with_raw_response(client.logs.export)(log_id="l1")
        assert isinstance(raw, streamfix.APIResponse) and raw.status_code == 200
        assert raw.request_id == "rid-stream"
        with raw.parse() as stream:
            assert [r.seq for r in stream.iter_records()] == [1, 2]

    async def main() -> Any:
        async with streamfix.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url) as client:
            raw = await streamfix.with_raw_response(client.logs.export)(log_id="l2")
            assert isinstance(raw, streamfix.APIResponse) and raw.status_code == 200
            assert raw.request_id == "rid-stream"
            async with raw.parse() as stream:
                return [r.seq async for r in stream.iter_records()]

    assert asyncio.run(main()) == [1, 2]
    assert [json.loads(body) for _, body in srv.requests] == [{"log_id": "l1"}, {"log_id": "l2"}]


def test_lines_and_bytes(srv: StreamServer, streamfix: Any) -> None:
    srv.answer("/log/raw", Body(once(b"a\xffb\nsecond\n"), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        with client.logs.raw() as stream:
            assert list(stream.iter_lines()) == ["a\ufffdb", "second"]
            with pytest.raises(RuntimeError, match="read once"):
                stream.read()
        assert client.logs.raw().read() == b"a\xffb\nsecond\n"


def test_a_record_that_differs_from_the_spec_is_read_leniently(
    srv: StreamServer, streamfix: Any
) -> None:
    srv.answer("/log/export", Body(once(b'{"seq": "x", "text": 5}\n{}\n'), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        first, second = list(client.logs.export(log_id="l").iter_records())
    assert first.seq == "x" and first.text == 5  # kept as sent, as for any answer
    assert second.seq == 0 and second.text == ""


def test_error_envelope_instead_of_a_stream_raises_the_typed_error(
    srv: StreamServer, streamfix: Any
) -> None:
    bad = envelope(error={"code": "InvalidParameter", "message": "no such log"})
    srv.answer("/log/export", Body(once(bad), "application/json", status=400))
    srv.answer("/log/raw", Body(once(bad), "application/json"))  # an error inside HTTP 200
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url, max_retries=0) as client:
        with pytest.raises(streamfix.InvalidParameterError, match="no such log") as caught:
            client.logs.export(log_id="l")
        assert caught.value.request_id == "rid-envelope" and caught.value.status_code == 400
        with pytest.raises(streamfix.InvalidParameterError):
            client.logs.raw()

    async def main() -> None:
        async with streamfix.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url) as client:
            with pytest.raises(streamfix.InvalidParameterError):
                async with client.logs.raw():
                    pass

    asyncio.run(main())


def test_error_line_after_the_stream_started_raises(srv: StreamServer, streamfix: Any) -> None:
    tail = b'{"error": {"code": "InternalError", "message": "export cut short"}}\n'
    srv.answer("/log/raw", Body(once(b'{"a": 1}\n', tail), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        seen = []
        with pytest.raises(streamfix.APIError, match="export cut short") as caught:
            for record in client.logs.raw().iter_records():
                seen.append(record)
    assert seen == [{"a": 1}] and caught.value.code == "InternalError"
    assert caught.value.request_id == "rid-stream"


def test_envelope_answer_of_an_operation_documented_both_ways(
    srv: StreamServer, streamfix: Any
) -> None:
    links = {"items": ["https://x.test/1"], "search_after_ctx": "c2"}
    srv.answer("/log/segments", Body(once(envelope(links)), "application/json; charset=utf-8"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        with client.logs.segments(url_mode=True) as stream:
            assert stream.data.items == ["https://x.test/1"]
            assert stream.data.search_after_ctx == "c2"
            assert stream.request_id == "rid-envelope"
            assert list(stream.iter_records()) == []
        srv.answer("/log/segments", Body(once(b'{"type": 2}\n'), "application/x-ndjson"))
        with client.logs.segments() as stream:
            assert stream.data is None and list(stream.iter_records()) == [{"type": 2}]


def test_download_keeps_returning_bytes_and_streams_on_request(srv: StreamServer) -> None:
    csv = b"incident_id,title\n1,a\n2,b\n"
    srv.answer("/insight/incident/export", Body(once(csv[:7], csv[7:]), "application/octet-stream"))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        export = client.analytics.incidents.export
        assert export(start_time=1, end_time=2) == csv  # as before
        with flashduty.with_streaming_response(export)(start_time=1, end_time=2) as stream:
            assert isinstance(stream, flashduty.StreamResponse)
            assert list(stream.iter_lines()) == ["incident_id,title", "1,a", "2,b"]
        # The older form of the answer, the envelope, reads as it did.
        srv.answer("/insight/incident/export", Body(once(envelope("x,y\n")), "application/json"))
        with flashduty.with_streaming_response(export)(start_time=1, end_time=2) as stream:
            assert stream.read() == b"x,y\n"


def test_write_to_is_atomic(srv: StreamServer, tmp_path: Path) -> None:
    def broken() -> Iterator[bytes]:
        yield b"a,b\n" * 1000
        raise OSError("the server goes away")  # the chunked body never ends

    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    with flashduty.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        export = flashduty.with_streaming_response(client.analytics.incidents.export)
        srv.answer("/insight/incident/export", Body(broken))
        with pytest.raises(flashduty.APIConnectionError):
            export(start_time=1, end_time=2).write_to(target)
        assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["export.csv"]
        srv.answer("/insight/incident/export", Body(once(b"a,b\n", b"1,2\n")))
        assert export(start_time=1, end_time=2).write_to(target) == 8
    assert target.read_bytes() == b"a,b\n1,2\n" and os.listdir(tmp_path) == ["export.csv"]


def test_async_write_to_and_bytes(srv: StreamServer, tmp_path: Path) -> None:
    srv.answer("/insight/incident/export", Body(once(b"a,b\n", b"1,2\n")))

    async def main() -> list[bytes]:
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url) as client:
            export = flashduty.with_streaming_response(client.analytics.incidents.export)
            async with export(start_time=1, end_time=2) as stream:
                await stream.write_to(tmp_path / "x.csv")
            stream = await export(start_time=1, end_time=2)
            try:
                return [chunk async for chunk in stream.iter_bytes()]
            finally:
                await stream.close()

    assert b"".join(asyncio.run(main())) == b"a,b\n1,2\n"
    assert (tmp_path / "x.csv").read_bytes() == b"a,b\n1,2\n"


def paced(
    count: int, pause: float, stall_after: int | None = None
) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        for i in range(count):
            if i == stall_after:
                time.sleep(3)
            yield b'{"n": %d}\n' % i
            time.sleep(pause)

    return chunks


def test_a_stalled_stream_fails_within_the_timeout(srv: StreamServer, streamfix: Any) -> None:
    srv.answer("/log/raw", Body(paced(5, 0.0, stall_after=2), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url, timeout=0.5) as client:
        seen = []
        started = time.monotonic()
        with pytest.raises(streamfix.APITimeoutError):
            for record in client.logs.raw().iter_records():
                seen.append(record)
        assert time.monotonic() - started < 2.0
    assert seen == [{"n": 0}, {"n": 1}]

    async def main() -> float:
        async with streamfix.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url, timeout=0.5) as c:
            started = time.monotonic()
            with pytest.raises(streamfix.APITimeoutError):
                async with c.logs.raw() as stream:
                    async for _ in stream.iter_records():
                        pass
            return time.monotonic() - started

    assert asyncio.run(main()) < 2.0


def test_a_long_healthy_stream_outlives_the_timeout(srv: StreamServer, streamfix: Any) -> None:
    # 12 records 0.1 s apart: 1.2 s in all, under a 0.5 s timeout.
    srv.answer("/log/raw", Body(paced(12, 0.1), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url, timeout=0.5) as client:
        started = time.monotonic()
        assert len(list(client.logs.raw().iter_records())) == 12
        assert time.monotonic() - started > 1.0

    async def main() -> int:
        async with streamfix.AsyncFlashduty(app_key=APP_KEY, base_url=srv.url, timeout=0.5) as c:
            async with c.logs.raw() as stream:
                return len([r async for r in stream.iter_records()])

    assert asyncio.run(main()) == 12


def test_read_and_lines_are_bounded_by_max_response_size(srv: StreamServer, streamfix: Any) -> None:
    srv.answer("/log/raw", Body(lambda: (b"x" * 1000 for _ in range(10)), "application/x-ndjson"))
    with streamfix.Flashduty(app_key=APP_KEY, base_url=srv.url, max_response_size=4000) as c:
        with pytest.raises(streamfix.APIResponseError, match="longer than 4,000 bytes"):
            list(c.logs.raw().iter_lines())
        with pytest.raises(streamfix.APIResponseError, match="larger than max_response_size"):
            c.logs.raw().read()
        assert sum(len(b) for b in c.logs.raw().iter_bytes()) == 10_000  # streaming: no cap


CONSUMER = textwrap.dedent("""
    import resource, sys
    import flashduty
    client = flashduty.Flashduty(app_key="k", base_url=sys.argv[1], timeout=10)
    export = flashduty.with_streaming_response(client.analytics.incidents.export)
    with export(start_time=1, end_time=2) as warm:
        warm.read()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = 0
    with export(start_time=1, end_time=2) as stream:
        for line in stream.iter_lines():
            size += len(line) + 1
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(size, (after - before) // 1024)
    """)


def test_200_mb_stream_in_bounded_memory(srv: StreamServer) -> None:
    row = b"6a86b5d6f72de50ae1ce2ffb,CPU usage above 90%,Critical,2026-01-01 10:00:00\n"
    block = row * (64 * 1024 // len(row))
    count = 200 * MB // len(block)
    first = [True]

    def body() -> Iterator[bytes]:
        if first[0]:  # the warm-up call
            first[0] = False
            yield block
            return
        for _ in range(count):
            yield block

    srv.answer("/insight/incident/export", Body(body))
    done = subprocess.run(
        [sys.executable, "-c", CONSUMER, srv.url], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    size, grown_mb = map(int, done.stdout.split())
    assert size == count * len(block) > 199 * MB
    print(f"200 MB stream: peak RSS grew {grown_mb} MB")
    assert grown_mb < 20


def test_the_media_type_decides_what_a_method_returns(streamfix: Any) -> None:
    from generator.ir import Models, build
    from generator.load import bundle
    from generator.models import generate_models
    from generator.pytypes import ANY, NONE, Model

    loaded = bundle(str(FIXTURE), None)
    api = build(loaded, Models(*generate_models(loaded.document, None)))
    kinds = {
        op.operation_id: (op.kind, op.returns, op.data)
        for root in api.resources
        for resource in root.walk()
        for op in resource.operations
    }
    assert kinds["logs.export"] == ("stream", Model("LogLine"), NONE)
    assert kinds["logs.raw"] == ("stream", ANY, NONE)
    assert kinds["logs.segments"] == ("stream", ANY, Model("SegmentLinks"))
    assert kinds["logs.download"][0] == "bytes"


def test_the_generated_stream_methods_type_check(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(str(FIXTURE), str(out), "streamfix", cache=None)
    user = tmp_path / "user.py"
    user.write_text(textwrap.dedent("""
            from typing import Any
            from typing_extensions import assert_type
            import streamfix
            from streamfix.types import LogLine

            def read(client: streamfix.Flashduty) -> None:
                with client.logs.export(log_id="l") as stream:
                    assert_type(stream, streamfix.StreamResponse[LogLine])
                    for record in stream.iter_records():
                        assert_type(record, LogLine)
                assert_type(client.logs.download(), bytes)

            async def aread(client: streamfix.AsyncFlashduty) -> None:
                async with client.logs.export(log_id="l") as stream:
                    async for record in stream.iter_records():
                        assert_type(record, LogLine)
            """))
    done = mypy_strict(str(user), cache="stream-methods", env=dict(os.environ, MYPYPATH=str(out)))
    assert done.returncode == 0, done.stdout


def test_any_json_method_can_be_streamed_but_not_a_list(srv: StreamServer) -> None:
    incident = {"incident_id": "i1", "title": "t"}
    srv.answer("/incident/info", Body(once(envelope(incident)), "application/json"))
    srv.answer("/incident/list", Body(once(envelope({"items": []})), "application/json"))
    with flashduty.Flashduty(app_key=APP_KEY, base_url=srv.url) as client:
        with flashduty.with_streaming_response(client.incidents.info)(incident_id="i1") as s:
            assert s.data.title == "t" and json.loads(s.read())["data"] == incident
        with pytest.raises(TypeError, match="walks pages"):
            flashduty.with_streaming_response(client.incidents.list)(start_time=1, end_time=2)


@pytest.mark.parametrize("where", ["beside data", "inside data", "both"])
def test_replay_segments_cursor_read_from_either_form_of_the_envelope(
    server: Any, where: str
) -> None:
    """The older reference sends `search_after_ctx` beside `data`, the current
    one inside it; the one inside wins when both come."""
    from .server import Reply

    body: dict[str, Any] = {"request_id": "r1", "data": {"items": ["https://x/1"]}}
    if where != "inside data":
        body["search_after_ctx"] = "older"
    if where != "beside data":
        body["data"]["search_after_ctx"] = "current"
    expected = "older" if where == "beside data" else "current"
    server.default = lambda seen: Reply(
        body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, max_retries=0) as client:
        with client.rum.session_replays.segments(session_id="s1", url_mode=True) as stream:
            assert stream.data.items == ["https://x/1"]
            assert stream.data.search_after_ctx == expected

    async def call_async() -> Any:
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as aclient:
            async with aclient.rum.session_replays.segments(session_id="s1") as stream:
                return stream.data.search_after_ctx

    assert asyncio.run(call_async()) == expected
