"""Lists iterate over every item and are typed exactly; raw responses are
typed as what they are at run time, for every method shape."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import flashduty
from flashduty.types import Incident, IncidentPage


def walk(client: flashduty.Flashduty) -> list[str]:
    page = client.incidents.list(start_time=1, end_time=2)
    assert_type(page, flashduty.SyncPage[Incident, IncidentPage])
    assert_type(page.items, list[Incident])
    assert_type(page.data, IncidentPage)
    assert_type(page.data.search_after_ctx, str)  # "" when the server leaves it out
    page.itmes  # type: ignore[attr-defined]
    page.search_after_ctx  # type: ignore[attr-defined]
    return [incident.title for incident in page]


async def walk_async(aclient: flashduty.AsyncFlashduty) -> list[str]:
    titles = [incident.title async for incident in aclient.incidents.list(start_time=1, end_time=2)]
    page = await aclient.incidents.list(start_time=1, end_time=2)
    assert_type(page, flashduty.AsyncPage[Incident, IncidentPage])
    async for incident in page:
        assert_type(incident, Incident)
    for incident in aclient.incidents.list(start_time=1, end_time=2):  # type: ignore[attr-defined]
        pass
    return titles


def raw(client: flashduty.Flashduty) -> None:
    info = flashduty.with_raw_response(client.incidents.info)(incident_id="x")
    assert_type(info, flashduty.APIResponse[Incident])
    listed = flashduty.with_raw_response(client.incidents.list)(start_time=1, end_time=2)
    assert_type(listed, flashduty.APIResponse[flashduty.SyncPage[Incident, IncidentPage]])
    assert_type(listed.parse().items, list[Incident])
    nothing = flashduty.with_raw_response(client.incidents.ack)(incident_ids=["x"])
    assert_type(nothing, flashduty.APIResponse[None])
    stream = flashduty.with_raw_response(client.ai_sre.sessions.export)(session_id="s")
    assert_type(stream, flashduty.APIResponse[flashduty.StreamResponse[Any]])


async def raw_async(aclient: flashduty.AsyncFlashduty) -> None:
    info = await flashduty.with_raw_response(aclient.incidents.info)(incident_id="x")
    assert_type(info, flashduty.APIResponse[Incident])
    listed = await flashduty.with_raw_response(aclient.incidents.list)(start_time=1, end_time=2)
    assert_type(listed, flashduty.APIResponse[flashduty.AsyncPage[Incident, IncidentPage]])
    exported = await flashduty.with_raw_response(aclient.analytics.incidents.export)(
        start_time=1, end_time=2
    )
    assert_type(exported, flashduty.APIResponse[bytes])
    stream = await flashduty.with_raw_response(aclient.ai_sre.sessions.export)(session_id="s")
    assert_type(stream, flashduty.APIResponse[flashduty.AsyncStreamResponse[Any]])


def page_named_by_items(page: flashduty.SyncPage[Incident]) -> Any:
    return page.data  # the data model defaults to Any
