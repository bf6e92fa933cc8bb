"""Per-call extras and calls to operations the package does not know."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import flashduty
from flashduty.types import Incident


def extras(client: flashduty.Flashduty) -> None:
    client.incidents.info(incident_id="x", extra_body={"new_field": 1}, extra_query={"lang": "en"})
    client.incidents.info(incident_id="x", extra_bdy={})  # type: ignore[call-arg]
    assert_type(client.post("/incident/info", body={"incident_id": "x"}), Any)
    assert_type(client.post("/incident/info", body={}, cast_to=Incident), Incident)
    assert_type(client.get("/x", params={"p": 1}, cast_to=list[int], timeout=3.0), list[int])


async def extras_async(aclient: flashduty.AsyncFlashduty) -> None:
    assert_type(await aclient.post("/x", body={}, cast_to=Incident, idempotent=True), Incident)
    assert_type(await aclient.get("/x"), Any)
