"""What a user meets first, over real HTTP on 127.0.0.1: times as datetimes,
iteration over every page, raw responses, escape hatches, errors worth
logging, and the log lines of FLASHDUTY_LOG."""

from __future__ import annotations

import datetime
import json
import re

import pytest

import flashduty

from .examples import operations
from .server import MockServer, envelope

UTC = datetime.timezone.utc
EMPTY_PAGE = {"total": 0, "has_next_page": False, "items": []}


# --- times -------------------------------------------------------------------


def test_datetime_arguments_become_unix_time_in_the_unit_of_the_field(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/incident/list", envelope(EMPTY_PAGE))
    server.script("/rum/issue/list", envelope(EMPTY_PAGE))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    t1 = datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    client.incidents.list(start_time=t0, end_time=t1)
    assert server.seen[-1].json() == {"start_time": 1767225600, "end_time": 1767229200}
    client.rum.issues.list(start_time=t0, end_time=1767229200000, application_ids=["a"])
    assert server.seen[-1].json()["start_time"] == 1767225600000
    assert server.seen[-1].json()["end_time"] == 1767229200000


async def test_datetime_arguments_async(aclient: flashduty.AsyncFlashduty, server: MockServer) -> None:
    server.script("/status-page/change/list", envelope({"items": []}))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=UTC)
    await aclient.status_pages.events.list(page_id=1, type="incident", status="resolved", start_at_seconds=t0)
    assert server.seen[-1].query["start_at_seconds"] == ["1767225600"]


def test_naive_datetime_and_unsendable_values_name_the_argument(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="^start_time: a naive datetime is ambiguous"):
        client.incidents.list(start_time=datetime.datetime(2026, 1, 1), end_time=1)
    with pytest.raises(TypeError, match="POST /incident/list: argument 'query' cannot be sent"):
        client.incidents.list(start_time=1, end_time=2, query={1, 2})  # type: ignore[arg-type]
    assert server.seen == []


def test_every_unix_time_request_field_is_marked() -> None:
    """A request integer the spec describes as Unix seconds or milliseconds
    carries `x-unix-time` with that unit, so it accepts a datetime."""
    unmarked = []
    for _, _, op in operations():
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            for name, prop in ((media.get("schema") or {}).get("properties") or {}).items():
                said = re.search(r"Unix (seconds|milliseconds)", str(prop.get("description")))
                if said and prop.get("type") == "integer" and prop.get("x-unix-time") != said.group(1):
                    unmarked.append(f"{op['operationId']}.{name}")
    assert unmarked == []
