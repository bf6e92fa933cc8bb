"""A real HTTP server on 127.0.0.1 for the client tests: it answers from a
script of canned responses (or faults) and records every request it saw."""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

from typing_extensions import Self


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fault: str | None = (
        None  # "reset": close without answering; "truncate": send half the body, then close
    )
    drip: float = (
        0.0  # send the whole answer (status line and headers too) a byte at a time, this many seconds apart
    )


def envelope(data: Any = None, request_id: str = "req-1") -> Reply:
    body: dict[str, Any] = {"request_id": request_id}
    if data is not None:
        body["data"] = data
    return Reply(body=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def error(code: str, message: str = "", status: int = 400, request_id: str = "req-err") -> Reply:
    body = {"request_id": request_id, "error": {"code": code, "message": message}}
    return Reply(
        status=status, body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


class _Quiet(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: without this, Nagle's
        # algorithm and delayed ACKs hold the body back ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hung up (a size cap, a deadline, a reset test) is the
        # point of the test, not a server failure: no traceback in the log.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _Local:
    """A threaded HTTP server on 127.0.0.1 for the length of a `with` block."""

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            # Stopping waits for the loop's next look at the stop flag: every
            # test starts and stops a server, and a 20 ms poll cost ~16 ms each.
            target=self.httpd.serve_forever,
            kwargs={"poll_interval": 0.002},
            daemon=True,
        )

    def use_tls(self, context: ssl.SSLContext) -> Self:
        """Answer over TLS with this server-side context (before `with`)."""
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https"
        return self

    scheme = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class MockServer(_Local):
    """Replies are taken in order per path (the last one repeats); a
    `default` callable answers paths with no script."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.scripts: dict[str, deque[Reply]] = {}
        self.default: Callable[[Seen], Reply] | None = None
        server = self

        class Handler(_Quiet):
            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                seen = Seen(self.command, url.path, parse_qs(url.query), dict(self.headers), body)
                server.seen.append(seen)
                reply = server.reply_for(seen)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.fault == "reset":
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply.drip:
                    self.drip(reply)
                    return
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.fault == "truncate":
                    self.wfile.write(reply.body[: len(reply.body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(reply.body)

            def drip(self, reply: Reply) -> None:
                head = f"HTTP/1.1 {reply.status} X\r\nContent-Length: {len(reply.body)}\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items()) + "\r\n"
                self.close_connection = True
                try:
                    for byte in head.encode() + reply.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(reply.drip)
                except OSError:
                    pass  # the client gave up: what the test wants

            do_GET = do_POST = handle_one

        self._serve(Handler)

    def script(self, path: str, *replies: Reply) -> None:
        self.scripts[path] = deque(replies)

    def reply_for(self, seen: Seen) -> Reply:
        queue = self.scripts.get(seen.path)
        if queue:
            return queue.popleft() if len(queue) > 1 else queue[0]
        if self.default is not None:
            return self.default(seen)
        return error("RouteNotFound", f"no script for {seen.path}", status=404)

    def count(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path == path)


class ForwardProxy(_Local):
    """A plain HTTP forward proxy on 127.0.0.1 that records every request it
    forwards (method, absolute URL, headers): what a corporate proxy sees."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        proxy = self

        class Handler(_Quiet):
            def forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                proxy.seen.append((self.command, self.path, dict(self.headers)))
                target = urlsplit(self.path)
                upstream = http.client.HTTPConnection(
                    target.hostname or "", target.port, timeout=10
                )
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("proxy-connection", "connection")
                }
                upstream.request(
                    self.command,
                    target.path + (f"?{target.query}" if target.query else ""),
                    body,
                    headers,
                )
                answer = upstream.getresponse()
                content = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                upstream.close()

            do_GET = do_POST = forward

        self._serve(Handler)
