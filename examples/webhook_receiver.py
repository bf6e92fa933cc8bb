"""A webhook receiver: typed events from what Flashduty posts, de-duplicated.

    FLASHDUTY_WEBHOOK_SECRET=<a long random string> python examples/webhook_receiver.py --port 8000
    # then point a Flashduty webhook at http://<this host>:8000/?token=<the same string>
    # (or leave the URL as it is and add the header X-Webhook-Token: <the same string>)

Flashduty does not sign deliveries, so anyone who finds the URL could post
to it: the receiver answers 401 unless the delivery carries the shared secret
(`flashduty.webhooks.verify`, a constant-time check), and 413 for a body over
--max-body bytes, before reading it. Flashduty may deliver an event more than
once: the receiver remembers the `event_id`s it has handled. Answer quickly
(2xx) and do slow work elsewhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlsplit

import flashduty
from flashduty.types import AlertWebhookEvent, IncidentEvent

SEEN: set[str] = set()  # use a store shared by your workers in production


def handle(body: bytes) -> str:
    """What to do with one delivery; returns a line for the log."""
    event = flashduty.webhooks.parse(body)
    if event.event_id and event.event_id in SEEN:
        return f"duplicate {event.event_id}, ignored"
    if event.event_id:
        SEEN.add(event.event_id)
    if isinstance(event, IncidentEvent):
        return f"incident {event.event_type}: {event.incident.title if event.incident else '?'}"
    if isinstance(event, AlertWebhookEvent):
        return f"alert {event.event_type}"
    return f"other event {event.event_type}"


class Receiver(BaseHTTPRequestHandler):
    secret = ""
    max_body = 1024 * 1024  # deliveries are a few KB; a larger body is not one

    def do_POST(self) -> None:
        query = urlsplit(self.path).query
        if not flashduty.webhooks.verify(self.secret, headers=self.headers.items(), query=query):
            print("refused: no valid secret", flush=True)  # never print what was sent
            return self.answer(401)
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            return self.answer(411)  # chunked or unknown: not read at all
        if int(length) > self.max_body:
            print(f"refused: a body of {int(length):,} bytes", flush=True)
            return self.answer(413)
        body = self.rfile.read(int(length))
        try:
            line = handle(body)
        except flashduty.WebhookParseError as exc:
            print(f"bad delivery: {exc}", flush=True)
            self.answer(400)
        else:
            print(line, flush=True)
            self.answer(200)

    def answer(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        if status >= 400 and status != 400:
            self.send_header("Connection", "close")  # the body (if any) was not read
            self.close_connection = True
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per event is printed above


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--max-requests", type=int, default=0, help="stop after N (0: never)")
    parser.add_argument("--max-body", type=int, default=Receiver.max_body, help="bytes")
    args = parser.parse_args()
    # From the environment, not the command line: other users can read a process's arguments.
    Receiver.secret = os.environ.get("FLASHDUTY_WEBHOOK_SECRET", "")
    if not Receiver.secret:
        sys.exit("set FLASHDUTY_WEBHOOK_SECRET: deliveries without it are refused")
    Receiver.max_body = args.max_body
    server = HTTPServer((args.host, args.port), Receiver)
    print(f"listening on http://{args.host}:{server.server_address[1]}/", flush=True)
    try:
        if args.max_requests:
            for _ in range(args.max_requests):
                server.handle_request()
        else:
            server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
