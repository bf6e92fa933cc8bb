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
page = client.incidents.list(start_time=now - datetime.timedelta(days=1), end_time=now)
for item in page.items:  # this page; `for item in page:` walks every page (see Pagination)
    print(item.incident_id, item.title)

# --- README sample 2
import flashduty


async def main() -> None:
    async with flashduty.AsyncFlashduty() as aclient:
        incident = await aclient.incidents.info(incident_id="69da451ef77b1b51f40e83ee")
        page = await aclient.incidents.list(start_time=1767225600, end_time=1767312000)
        for item in page.items:  # `async for item in aclient.incidents.list(...)`: every page
            print(item.title, incident.title)


# --- README sample 3
import flashduty

client = flashduty.Flashduty()
try:
    client.incidents.ack(incident_ids=["69da451ef77b1b51f40e83ee"])
except flashduty.RateLimitError as exc:
    print("the server asks to wait", exc.retry_after, "s")  # retried already where it could
except flashduty.APIError as exc:
    print(exc)  # "AccessDenied: ... (HTTP 403, request_id ...; POST /incident/ack, 1 attempt)"
    print(exc.code, exc.message, exc.request_id, exc.status_code)
    print(exc.operation, exc.attempts, exc.headers.get("x-ratelimit-remaining"))
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
roles = client.get("/oncall/roles")  # a GET, with query parameters as params={...}
# A write is retried only when you say it is safe to repeat:
client.post("/incident/ack", body={"incident_ids": [incident.incident_id]}, idempotent=True)

# Status, headers, request_id and bytes of a call; parse() is the usual result.
raw = flashduty.with_raw_response(client.incidents.info)(incident_id=incident.incident_id)
print(raw.status_code, raw.request_id, raw.parse().title)

# --- README sample (files and streams)
import flashduty

client = flashduty.Flashduty()
export = flashduty.with_streaming_response(client.analytics.incidents.export)
with export(start_time=1767225600, end_time=1767312000) as stream:
    size = stream.write_to("incidents.csv")  # or iter_bytes(), iter_lines(), read()
print(size, "bytes written")

# --- README sample (files and streams)
import flashduty


async def save(aclient: flashduty.AsyncFlashduty) -> None:
    export = flashduty.with_streaming_response(aclient.analytics.incidents.export)
    async with export(start_time=1767225600, end_time=1767312000) as stream:
        async for line in stream.iter_lines():
            print(line)


# --- README sample: access tokens
import flashduty

client = flashduty.Flashduty(access_token="...")  # instead of the APP key
client.incidents.list(start_time=1767225600, end_time=1767312000)  # Authorization: Bearer ...

# An automation's HTTP trigger takes its own token, whatever the client holds:
client.ai_sre.automations.triggers.fire(trigger_id="atrig_...", trigger_token="...", text="why")


# --- README sample 7
import flashduty


def accept(secret: str, headers: dict[str, str], query: str, body: bytes) -> bool:
    if not flashduty.webhooks.verify(secret, headers=headers, query=query):
        return False  # answer 401, and do not read or log the body
    return len(body) <= 1024 * 1024  # deliveries are small: refuse (413) big bodies


# --- README sample 7
import flashduty

client = flashduty.Flashduty()
types = client.integrations.types.list(category="event.alert")
creatable = [t.plugin_type for t in types.items if t.supports_api_create]
created = client.integrations.create(plugin_type="prometheus.alert", name="Production Prometheus")
print(created.integration_id)  # created.integration_key is shown this once: store it safely

for status_page in client.status_pages.list().items:
    print(status_page.page_id, status_page.name, [c.name for c in status_page.components])
