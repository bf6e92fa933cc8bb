"""A webhook receiver: typed events from what Flashduty posts, de-duplicated.

    python examples/webhook_receiver.py --port 8000
    # then point a Flashduty webhook at http://<this host>:8000/

Flashduty may deliver an event more than once: the receiver remembers the
`event_id`s it has handled. Answer quickly (2xx) and do slow work elsewhere.
"""

from __future__ import annotations

import argparse
from http.server import BaseHTTPRequestHandler, HTTPServer

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
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            line = handle(body)
        except flashduty.WebhookParseError as exc:
            print(f"bad delivery: {exc}", flush=True)
            self.send_response(400)
        else:
            print(line, flush=True)
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per event is printed above


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--max-requests", type=int, default=0, help="stop after N (0: never)")
    args = parser.parse_args()
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
