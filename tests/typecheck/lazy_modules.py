"""`flashduty.types` and `flashduty.webhooks` load lazily, yet are typed."""

from __future__ import annotations

from typing import Callable

from typing_extensions import assert_type

import flashduty


def receive(body: bytes) -> str | None:
    event = flashduty.webhooks.parse(body)
    assert_type(event, flashduty.webhooks.WebhookEvent)
    if isinstance(event, flashduty.types.IncidentEvent):
        return event.event_type
    return None


def title(client: flashduty.Flashduty) -> str:
    incident = client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
    assert_type(incident, flashduty.types.Incident)
    return incident.title


parse: Callable[[bytes], object] = flashduty.webhooks.parse
flashduty.types.NoSuchModel  # type: ignore[attr-defined]
