"""An API server in a process of its own, for the tests that measure the
client from outside (forks, pacing, hostile answers), the way a user's
program meets the real API: over 127.0.0.1, never sharing a lock, a clock
reading or a garbage collector with the client.

    with WireServer() as server:
        server.url            # http://127.0.0.1:<port>
        server.stats()        # what it saw: arrival times, malformed requests

`POST /incident/info` answers each request with the incident it asked for
(so that crossed answers show), after `delay` seconds if the body says so.
`/canned/<name>` answers one of the hostile bodies below, built inside the
server process so that the client's process never holds them twice."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from typing_extensions import Self

MAP_VALUES = 100_000  # the wrong-typed map of issue 17: about 3 MB


def _labels(good: bool) -> dict[str, Any]:
    # Values an object where the spec has a string: what a changed server sends.
    return {f"k{i:06d}": (f"v{i}" if good else {"v": i}) for i in range(MAP_VALUES)}


def _incident_body(good: bool) -> bytes:
    data = {"incident_id": "i1", "title": "t", "labels": _labels(good)}
    return json.dumps({"request_id": "r-map", "data": data}).encode()


def _webhook_body(good: bool) -> bytes:
    incident = {"incident_id": "i1", "title": "t", "labels": _labels(good)}
    payload = {"event_id": "e1", "event_type": "i_new", "event_time": 1, "incident": incident}
    return json.dumps(payload).encode()


# Mostly strings, and at these keys what a changed server may send instead.
ODD_LABELS: dict[str, Any] = {
    "k000003": 7,
    "k000004": {"v": 4},
    "k000005": None,  # read as ""
    "k000006": [1, "a"],
    "k000007": 1.5,
    "k000008": True,
}
DENSE_ITEMS = 20_000  # responders of a few bytes each: past the client's density threshold


def mixed_labels() -> dict[str, Any]:
    """20,000 labels, all strings but those of ODD_LABELS."""
    return {f"k{i:06d}": ODD_LABELS.get(f"k{i:06d}", f"v{i}") for i in range(20_000)}


def dense_incident(good: bool) -> dict[str, Any]:
    """An incident whose responders are small objects (a body dense in them),
    either as the spec has them or with some differing: a string for an
    int, a null for a string, labels of other types."""
    responders: list[Any] = [{"person_id": i} for i in range(DENSE_ITEMS)]
    labels: dict[str, Any] = {"a": "x"}
    if not good:
        responders[5] = {"person_id": "five"}
        responders[7] = {"person_id": 7, "person_name": None}
        labels.update(b={"v": 1}, c=None)
    return {"incident_id": "i1", "title": "t", "responders": responders, "labels": labels}


def _envelope(data: Any, request_id: str = "r-map") -> bytes:
    return json.dumps({"request_id": request_id, "data": data}).encode()


def _error(code: str, message: str, request_id: str = "r-err") -> bytes:
    return json.dumps(
        {"request_id": request_id, "error": {"code": code, "message": message}}
    ).encode()


CANNED: dict[str, Callable[[], tuple[int, bytes, dict[str, str]]]] = {
    "map-good": lambda: (200, _incident_body(True), {}),
    "map-bad": lambda: (200, _incident_body(False), {}),
    "webhook-good": lambda: (200, _webhook_body(True), {}),
    "webhook-bad": lambda: (200, _webhook_body(False), {}),
    "map-mixed": lambda: (200, _envelope({"labels": mixed_labels()}), {}),
    "dense-good": lambda: (200, _envelope(dense_incident(True)), {}),
    "dense-bad": lambda: (200, _envelope(dense_incident(False)), {}),
    # 200,000 objects of one field in a field of any type (1.5 MB): almost
    # half a KiB each in pydantic-core's parse tree, 200 bytes as Python dicts.
    "dense-any": lambda: (200, _envelope({"fields": {"x": [{"a": 1}] * 200_000}}), {}),
    # A request ID with a line break: a forged log line if written as is.
    "forged-id": lambda: (
        200,
        json.dumps(
            {"request_id": "r1\n2030-01-01 flashduty INFO forged", "data": {"title": "x"}}
        ).encode(),
        {},
    ),
    "huge-id": lambda: (200, json.dumps({"request_id": "r" * 1_000_000, "data": {}}).encode(), {}),
    "huge-5xx": lambda: (500, _error("InternalError", "m" * 1_000_000, "r\x1b[31m"), {}),
    "huge-message": lambda: (400, _error("InvalidParameter", "x" * 50_000_000), {}),
    # One byte that is not UTF-8 inside a string, in an answer and in an error.
    "bad-utf8": lambda: (200, b'{"request_id":"r8","data":{"title":"caf\xe9 ok"}}', {}),
    "bad-utf8-error": lambda: (
        400,
        b'{"request_id":"r9","error":{"code":"InvalidParameter","message":"bad \xff id"}}',
        {},
    ),
    "long-int": lambda: (
        200,
        b'{"request_id":"r10","data":{"title":"t","progress":' + b"7" * 5000 + b"}}",
        {},
    ),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.do_POST()

    def do_POST(self) -> None:
        arrived = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        if path == "/stats":
            with self.server.lock:
                stats = dict(self.server.stats)
            return self._send(200, json.dumps(stats).encode())
        if path.startswith("/canned/"):
            status, content, headers = CANNED[path[len("/canned/") :]]()
            return self._send(status, content, headers)
        if path == "/incident/info":
            try:
                asked = json.loads(body)
                incident_id = asked["incident_id"]
            except (ValueError, KeyError, TypeError):
                with self.server.lock:
                    self.server.stats["malformed"] += 1
                return self._send(400, _error("InvalidParameter", "malformed request"))
            with self.server.lock:
                self.server.stats["arrivals"].append(arrived)
            if asked.get("delay"):
                time.sleep(float(asked["delay"]))
            answer = {"request_id": f"r-{incident_id}", "data": {"incident_id": incident_id}}
            return self._send(200, json.dumps(answer).encode())
        with self.server.lock:
            self.server.stats["malformed"] += 1
        self._send(404, _error("RouteNotFound", "no such path"))

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.stats: dict[str, Any] = {"arrivals": [], "malformed": 0}

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class WireServer:
    """The server above, in a child process for the length of a `with` block."""

    def __enter__(self) -> Self:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.wire_server"],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.process.kill()
            raise RuntimeError("the wire server did not start")
        return self

    def stats(self) -> dict[str, Any]:
        import httpx

        stats: dict[str, Any] = httpx.get(f"{self.url}/stats").json()
        return stats

    def __exit__(self, *exc: object) -> None:
        self.process.kill()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def busiest(arrivals: list[float], period: float) -> int:
    """The most arrivals in any window of `period` seconds (half-open)."""
    times = sorted(arrivals)
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= period:
            start += 1
        most = max(most, end - start + 1)
    return most


if __name__ == "__main__":
    httpd = _Server()
    print(f"http://127.0.0.1:{httpd.server_address[1]}", flush=True)
    httpd.serve_forever(poll_interval=0.05)
