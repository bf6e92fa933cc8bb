"""Arguments as a strict user writes them (issue 17, item 11): read-only
sequences and mappings are taken, a bare `str` where a list is expected is
refused; an enum value read from an answer goes back into a request without
a cast, while a misspelt literal written in code is still an error."""

from types import MappingProxyType
from typing import Mapping, Sequence

import flashduty
from flashduty.types import Incident


def sequences(client: flashduty.Flashduty, ids: Sequence[str], frozen: tuple[str, ...]) -> None:
    client.incidents.ack(incident_ids=ids)
    client.incidents.ack(incident_ids=frozen)
    client.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"])
    client.incidents.ack(incident_ids="69da451ef77b1b51f40e83ee")  # type: ignore[arg-type]


def mappings(client: flashduty.Flashduty, labels: Mapping[str, str]) -> None:
    client.events.push_alert(
        integration_key="k", event_status="Critical", title_rule="t", labels=labels
    )
    client.events.push_alert(
        integration_key="k",
        event_status="Critical",
        title_rule="t",
        labels=MappingProxyType({"host": "db1"}),
    )


def enums_round_trip(client: flashduty.Flashduty, incident: Incident) -> None:
    # A value read from an answer (a known literal, or an EnumValue a newer
    # server sent) goes back as it is.
    client.events.push_alert(
        integration_key="k", event_status=incident.incident_severity, title_rule="t"
    )
    client.incidents.create(incident_severity="Critical", title="new")
    client.incidents.create(incident_severity="Critcal", title="typo")  # type: ignore[arg-type]
    severity: str = incident.incident_severity  # still a str to code that reads it
    print(severity.lower())
