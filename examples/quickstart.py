"""Quickstart: read an incident, list the open ones, handle errors.

FLASHDUTY_APP_KEY=... python examples/quickstart.py
# against the mock of `make mock`:
FLASHDUTY_APP_KEY=any FLASHDUTY_BASE_URL=http://127.0.0.1:4010 python examples/quickstart.py
"""

from __future__ import annotations

import datetime
import itertools

import flashduty


def main() -> None:
    # The app key comes from FLASHDUTY_APP_KEY, the URL from FLASHDUTY_BASE_URL.
    with flashduty.Flashduty() as client:
        incident = client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
        print(f"{incident.num} {incident.incident_severity} {incident.progress}: {incident.title}")

        now = datetime.datetime.now(datetime.timezone.utc)
        open_incidents = client.incidents.list(
            start_time=now - datetime.timedelta(days=7),  # a datetime or Unix seconds
            end_time=now,
            progress="Triggered,Processing",
        )
        # Iterating walks every page; take the first 5 here. A server that sends
        # the same cursor twice (as the mock of `make mock` does) stops the walk
        # with PaginationError instead of looping forever.
        try:
            for item in itertools.islice(open_incidents, 5):
                print(f"  open: {item.incident_id} {item.title}")
        except flashduty.PaginationError as exc:
            print(f"  walk stopped: {exc}")

        try:
            client.incidents.ack(incident_ids=[incident.incident_id])
        except flashduty.PermissionDeniedError as exc:
            print(f"cannot acknowledge: {exc}")  # code, message, HTTP status, request_id
        except flashduty.APIError as exc:
            print(f"the API said no: {exc.code} (request {exc.request_id})")
        else:
            print("acknowledged")


if __name__ == "__main__":
    main()
