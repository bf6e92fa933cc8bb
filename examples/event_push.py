"""Pushing an alert event with an integration key (no app key needed).

FLASHDUTY_INTEGRATION_KEY=... python examples/event_push.py
# against the mock of `make mock` (no key needed there):
FLASHDUTY_BASE_URL=http://127.0.0.1:4010 python examples/event_push.py
"""

from __future__ import annotations

import os

import flashduty


def main() -> None:
    integration_key = os.environ.get("FLASHDUTY_INTEGRATION_KEY", "")
    if not integration_key:
        if not os.environ.get("FLASHDUTY_BASE_URL"):
            raise SystemExit(
                "set FLASHDUTY_INTEGRATION_KEY to the key of a standard alert integration "
                "(or FLASHDUTY_BASE_URL to a mock, e.g. http://127.0.0.1:4010 of `make mock`)"
            )
        # A mock checks that a key is sent, not which one.
        integration_key = "placeholder-integration-key"
        print("FLASHDUTY_INTEGRATION_KEY is not set: using a placeholder key (mock only)")
    with flashduty.Flashduty() as client:
        alert_key = client.events.push_alert(
            integration_key=integration_key,
            event_status="Critical",
            title_rule="cpu idle below 20% on $resource",
            labels={"resource": "db1", "check": "cpu.idle<20%"},
        )
        print(f"pushed; alert_key={alert_key}")
        if alert_key is None:
            return
        # The same alert_key resolves it later.
        client.events.push_alert(
            integration_key=integration_key,
            event_status="Ok",
            title_rule="cpu idle back to normal on $resource",
            alert_key=alert_key,
            labels={"resource": "db1", "check": "cpu.idle<20%"},
        )
        print("resolved")


if __name__ == "__main__":
    main()
