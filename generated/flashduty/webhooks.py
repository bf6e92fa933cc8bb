"""Reading the payloads Flashduty posts to your webhook endpoints.
Generated from spec/; do not edit.

    event = flashduty.webhooks.parse(request_body)
    if isinstance(event, IncidentEvent): ...

Flashduty retries a delivery it considers failed, so the same event can
arrive more than once: de-duplicate on `event.event_id`. A payload whose
`event_type` this version does not know parses into `UnknownEvent` instead
of failing, so a receiver keeps working when Flashduty adds event types.

Flashduty does not sign its deliveries. It sends them to the URL you give,
query string included, with the headers you set on the webhook: put a secret
in one of them and check it with `verify` before reading the body.
"""

from __future__ import annotations

import copy
import hmac
import json
from typing import Any, Iterable, Mapping, Union
from urllib.parse import parse_qs

from ._errors import WebhookParseError
from ._models import FlashdutyModel
from ._reading import Mismatch, read_leniently
from ._response import LongInteger, loads
from ._sanitize import shown
from .types.defs.alert_webhook_event import AlertWebhookEvent
from .types.defs.custom_action_event import CustomActionEvent
from .types.defs.incident_event import IncidentEvent

__all__ = ["parse", "verify", "UnknownEvent", "WebhookEvent", "WebhookParseError", "EVENT_TYPES"]


class UnknownEvent(FlashdutyModel):
    """An event of a type this version of the package does not know; every
    field of the payload is kept (`model_extra`)."""

    event_type: str = ""
    event_id: str = ""


WebhookEvent = Union[IncidentEvent, AlertWebhookEvent, CustomActionEvent, UnknownEvent]

# event_type -> the payload's model
EVENT_TYPES: dict[str, type[FlashdutyModel]] = {
    "i_new": IncidentEvent,
    "i_assign": IncidentEvent,
    "i_a_rspd": IncidentEvent,
    "i_snooze": IncidentEvent,
    "i_wake": IncidentEvent,
    "i_ack": IncidentEvent,
    "i_unack": IncidentEvent,
    "i_storm": IncidentEvent,
    "i_rslv": IncidentEvent,
    "i_reopen": IncidentEvent,
    "i_merge": IncidentEvent,
    "i_comm": IncidentEvent,
    "i_r_title": IncidentEvent,
    "i_r_desc": IncidentEvent,
    "i_r_impact": IncidentEvent,
    "i_r_rc": IncidentEvent,
    "i_r_rsltn": IncidentEvent,
    "i_r_severity": IncidentEvent,
    "i_r_field": IncidentEvent,
    "a_new": AlertWebhookEvent,
    "a_update": AlertWebhookEvent,
    "a_merge": AlertWebhookEvent,
    "a_close": AlertWebhookEvent,
    "i_custom": CustomActionEvent,
}


def parse(body: bytes | str | Mapping[str, Any], *, strict: bool = False) -> WebhookEvent:
    """The typed event of a webhook delivery (raw body or decoded JSON).

    Payloads are read as the client reads answers: a field left out or `null`
    reads as its zero value, and a value of another type than the spec's is
    kept as sent (the `flashduty` logger warns once). With `strict=True` any
    such difference, or a required field missing, raises `WebhookParseError`."""
    if isinstance(body, Mapping):
        try:
            data: Any = copy.deepcopy(dict(body))  # repaired in place: never the caller's
        except (RecursionError, TypeError) as exc:  # nested ~1000 deep, or not JSON data
            raise WebhookParseError(f"the webhook payload cannot be read: {exc}") from None
    else:
        try:
            # Bytes that are not UTF-8 read as U+FFFD, as in answers.
            data = loads(body) if isinstance(body, (bytes, bytearray)) else json.loads(body)
        except LongInteger as exc:
            raise WebhookParseError(f"the webhook body cannot be read: {exc}") from None
        except ValueError as exc:
            raise WebhookParseError(f"the webhook body is not JSON: {exc}") from None
        except RecursionError:
            raise WebhookParseError("the webhook body nests too deeply to be a payload") from None
    if not isinstance(data, dict):
        raise WebhookParseError(f"the webhook body is a JSON {type(data).__name__}, not an object")
    model = EVENT_TYPES.get(str(data.get("event_type")), UnknownEvent)
    incident = data.get("incident")
    if "event_id" not in data and isinstance(incident, dict) and incident.get("event_id"):
        # The documented custom-action payload carries its ID inside `incident`:
        # de-duplication needs it where every other payload has it.
        data["event_id"] = incident["event_id"]
    try:
        return read_leniently(model, data, f"webhook {model.__name__}", strict)  # type: ignore[no-any-return]
    except Mismatch as exc:
        raise WebhookParseError(
            f"{shown(data.get('event_type'), 100)!r} payload does not match {model.__name__}: {exc}"
        ) from None


def verify(
    secret: str,
    *,
    headers: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
    query: str | Mapping[str, Any] | None = None,
    header: str = "X-Webhook-Token",
    param: str = "token",
) -> bool:
    """Whether a delivery carries `secret`, the shared secret you put in the
    webhook's URL (`?token=...`, the query string `param`) or in one of its
    headers (`header`, any case). Give the request's `headers` (a mapping, or
    (name, value) pairs) and/or its `query` (the raw query string, or a
    mapping of names to a value or a list of values).

    True only if the secret was sent, and every value sent under those names
    is the secret: compared in constant time (`hmac.compare_digest`), so the
    time taken says nothing of how much of a guess was right. Check it before
    reading the body, and answer 401 when it fails."""
    if not isinstance(secret, str) or not secret:
        raise ValueError(
            "verify: the secret must be a non-empty string (an empty one would accept any delivery)"
        )
    expected = secret.encode()
    sent: list[Any] = []
    if headers is not None:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        sent += [value for name, value in pairs if str(name).lower() == header.lower()]
    if isinstance(query, str):
        sent += parse_qs(query, keep_blank_values=True).get(param, [])
    elif query is not None:
        value = query.get(param)
        sent += value if isinstance(value, (list, tuple)) else ([] if value is None else [value])
    if not sent:
        return False
    # Every value compared (no early exit): the time taken says nothing of which one differed.
    matches = [_same(value, expected) for value in sent]
    return all(matches)


def _same(value: object, expected: bytes) -> bool:
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    return isinstance(value, bytes) and hmac.compare_digest(value, expected)
