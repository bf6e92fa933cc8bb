"""The README's samples, verbatim (tests/test_readme.py checks they are
here): type-checked with mypy --strict, never run."""

# ruff: noqa

# --- README sample 1
import datetime

import flashduty

client = flashduty.Flashduty()  # app key from FLASHDUTY_APP_KEY (or app_key=...)
incident = client.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
print(incident.title, incident.incident_severity, incident.progress)

client.incidents.ack(incident_ids=[incident.incident_id])

now = datetime.datetime.now(datetime.timezone.utc)
for item in client.incidents.list(start_time=now - datetime.timedelta(days=1), end_time=now):
    print(item.incident_id, item.title)  # iterating walks every page

# --- README sample 2
import flashduty


async def main() -> None:
    async with flashduty.AsyncFlashduty() as aclient:
        incident = await aclient.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
        async for item in aclient.incidents.list(start_time=1767225600, end_time=1767312000):
            print(item.title, incident.title)


# --- README sample 3
import flashduty

client = flashduty.Flashduty()
try:
    client.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"])
except flashduty.RateLimitError as exc:
    print("the server asks to wait", exc.retry_after, "s")  # retried already where it could
except flashduty.APIError as exc:
    print(exc)  # "AccessDenied: ... (HTTP 403, request_id ...)"
    print(exc.code, exc.message, exc.request_id, exc.status_code)
except flashduty.APIConnectionError as exc:
    print("no answer:", exc, "caused by", repr(exc.__cause__))  # the httpx exception

# --- README sample 4
import flashduty
from flashduty.types import IncidentEvent

seen: set[str] = set()


def on_delivery(request_body: bytes) -> None:
    event = flashduty.webhooks.parse(request_body)  # a WebhookParseError if malformed
    if event.event_id in seen:  # Flashduty may deliver an event twice
        return
    seen.add(event.event_id)
    if isinstance(event, IncidentEvent):
        print(event.event_type, event.incident.title if event.incident else "")


# --- README sample 5
import flashduty

client = flashduty.Flashduty()  # no app key needed for this one
alert_key = client.events.push_alert(
    integration_key="...", event_status="Critical", title_rule="cpu high", labels={"host": "db1"}
)

# --- README sample 6
import flashduty
from flashduty.types import Incident

client = flashduty.Flashduty()
# An operation this package does not know yet: same key, pacing, errors and retries.
data = client.post("/incident/info", body={"incident_id": "69da451ef77b1b51f40e83ee"})
incident = client.post(
    "/incident/info", body={"incident_id": "69da451ef77b1b51f40e83ee"}, cast_to=Incident
)
rows = client.get("/some/new/list", params={"p": 1})
# A write is retried only when you say it is safe to repeat:
client.post("/some/new/update", body={"id": 1}, idempotent=True)

# Status, headers, request_id and bytes of a call; parse() is the usual result.
raw = flashduty.with_raw_response(client.incidents.info)(incident_id="x")
print(raw.status_code, raw.request_id, raw.parse().title)

# --- README sample 7
import flashduty

client = flashduty.Flashduty()
types = client.integrations.types.list(category="event.alert")
creatable = [t.plugin_type for t in types.items if t.supports_api_create]
created = client.integrations.create(plugin_type="prometheus.alert", name="Production Prometheus")
print(created.integration_id)  # created.integration_key is shown this once: store it safely

for page in client.status_pages.list().items:
    print(page.page_id, page.name, [c.name for c in page.components])
