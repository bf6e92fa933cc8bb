"""`flashduty webhooks listen`: a local receiver for developing against
webhooks. Each delivery is parsed with the SDK's `webhooks.parse` and
printed (JSONL by default, or a table line per event); a malformed one is
answered 400 and reported on stderr. It listens on 127.0.0.1 unless told."""

from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from . import _output
from ._exit import one_line

MAX_BODY = 10 * 1024 * 1024


def serve(host: str, port: int, fmt: str, fields: list[str] | None, count: int | None) -> None:
    from .. import webhooks
    from .._errors import WebhookParseError

    lock = threading.Lock()
    seen = [0]
    done = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._answer(413, b"too large")
                return
            body = self.rfile.read(length)
            try:
                event = webhooks.parse(body)
            except WebhookParseError as exc:
                self._answer(400, b"unreadable payload")
                print(f"error: {one_line(str(exc))}", file=sys.stderr, flush=True)
                return
            self._answer(200, b"ok")
            with lock:
                _output.write([event], fmt, fields, True, single=True)
                sys.stdout.flush()
                seen[0] += 1
                if count and seen[0] >= count:
                    done.set()

        def _answer(self, status: int, text: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    print(
        f"listening on http://{host}:{server.server_address[1]}/ (Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        while not done.wait(0.2):
            pass
    finally:
        server.shutdown()
        server.server_close()
