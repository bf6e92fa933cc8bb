"""Row 5: what an answer that differs from the spec costs, against the same
answer as the spec has it. Run in a fresh interpreter per measurement:

    reading.py memory matching|mismatched   -> peak RSS growth of one call, KiB
    reading.py time ROUNDS                  -> per-call seconds, both bodies, alternating
    reading.py map matching|mismatched      -> peak RSS growth (KiB) and seconds of one
                                               incident whose `labels` holds 100,000 values
    reading.py hook matching|mismatched     -> the same, for a webhook payload holding
                                               that incident, read by webhooks.parse

The mismatched body is the 5 MB page of row 5a with every item differing from
the spec the ways a newer or Go server does: a field of another type (kept as
sent), a map sent as a string, nulls for a list and for an enum. Every item
fails the fast parse, so the whole page goes through the fallback reading."""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from typing import Any

import httpx

from _common import END_TIME, START_TIME, bodies

ITEMS_5MB = 3200  # incidents of the spec's example: about 5 MB of JSON


def page(items: int, mismatched: bool) -> bytes:
    listing = json.loads(bodies()["list"])
    item = listing["data"]["items"][0]
    out = []
    for i in range(items):
        each = json.loads(json.dumps(item))
        each["incident_id"] = f"{i:024x}"
        if mismatched:
            each.update(title=i, labels="env=prod", responders=None, incident_severity=None)
        out.append(each)
    listing["data"] = {**listing["data"], "items": out, "has_next_page": False}
    return json.dumps(listing, separators=(",", ":")).encode()


def client(body: bytes) -> Any:
    import flashduty

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return flashduty.Flashduty(app_key="bench", base_url="https://bench.invalid", http_client=http)


def call(sdk: Any) -> int:
    return len(sdk.incidents.list(start_time=START_TIME, end_time=END_TIME).items)


def memory(kind: str) -> None:
    body = page(ITEMS_5MB, kind == "mismatched")
    sdk = client(body)
    call(client(page(1, kind == "mismatched")))  # models and validators built before measuring
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert call(sdk) == ITEMS_5MB
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"body_kb": len(body) / 1024, "peak_growth_kb": after - before}))


MAP_VALUES = 100_000


def incident_with_labels(mismatched: bool) -> bytes:
    """One incident whose label map holds 100,000 strings, or as many objects
    (about 3 MB): every value of another type than the spec's `string`."""
    labels = {f"k{i:06d}": ({"v": i} if mismatched else f"v{i}") for i in range(MAP_VALUES)}
    data = {"incident_id": "i1", "title": "t", "labels": labels}
    return json.dumps({"request_id": "r", "data": data}).encode()


def map_reading(kind: str) -> None:
    body = incident_with_labels(kind == "mismatched")
    sdk = client(body)
    warm = client(json.dumps({"request_id": "r", "data": {"labels": {"a": {}}}}).encode())
    warm.incidents.info(incident_id="i1")  # models, validators and the fallback loaded
    with open("/proc/self/statm") as statm:  # resident now, not the peak of building the body
        before = int(statm.read().split()[1]) * resource.getpagesize() // 1024
    started = time.perf_counter()
    assert len(sdk.incidents.info(incident_id="i1").labels) == MAP_VALUES
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"body_kb": len(body) / 1024, "peak_growth_kb": after - before, "s": seconds}))


def hook_reading(kind: str) -> None:
    import flashduty

    body = incident_with_labels(kind == "mismatched")
    body = (
        b'{"event_type":"i_new","event_id":"e1","incident":'
        + body[body.index(b'"data": ') + 8 : -1]
        + b"}"
    )
    for warm in (b'{"a": {}}', b'{"a": "b"}'):  # models, validators and the fallback loaded
        flashduty.webhooks.parse(b'{"event_type":"i_new","incident":{"labels":' + warm + b"}}")
    with open("/proc/self/statm") as statm:
        before = int(statm.read().split()[1]) * resource.getpagesize() // 1024
    started = time.perf_counter()
    event = flashduty.webhooks.parse(body)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert len(event.incident.labels) == MAP_VALUES  # type: ignore[union-attr]
    print(json.dumps({"body_kb": len(body) / 1024, "peak_growth_kb": after - before, "s": seconds}))


def timing(rounds: int) -> None:
    sdks = {kind: client(page(20, kind == "mismatched")) for kind in ("matching", "mismatched")}
    out: dict[str, list[float]] = {kind: [] for kind in sdks}
    for kind, sdk in sdks.items():
        for _ in range(50):
            call(sdk)
    for _ in range(rounds):
        for kind, sdk in sdks.items():
            started = time.perf_counter()
            for _ in range(100):
                call(sdk)
            out[kind].append((time.perf_counter() - started) / 100)
    print(json.dumps(out))


if __name__ == "__main__":
    logging.getLogger("flashduty").setLevel(
        logging.ERROR
    )  # the warnings are the point, not the output
    if sys.argv[1] == "memory":
        memory(sys.argv[2])
    elif sys.argv[1] == "map":
        map_reading(sys.argv[2])
    elif sys.argv[1] == "hook":
        hook_reading(sys.argv[2])
    else:
        timing(int(sys.argv[2]))
