"""AI SRE lists answer `total` and no `has_next_page`: iterating one walks
the pages by number until that many matches were seen (x-pagination `total`)."""

from __future__ import annotations

from typing import Any

import pytest

import flashduty
from flashduty.types import Artifact, Skill

from .server import MockServer, Reply, envelope


def _skills(count: int, total: int) -> Reply:
    skill = {"skill_id": "skill_1", "skill_name": "k8s-triage", "status": "enabled"}
    return envelope(
        {"total": total, "skills": [dict(skill, skill_id=f"s{i}") for i in range(count)]}
    )


def test_a_skill_list_walks_every_page_by_its_total(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/safari/skill/list", _skills(2, 6), _skills(2, 6), _skills(2, 6))
    page = client.ai_sre.skills.list(limit=2)
    assert page.total == 6 and page.has_next_page and len(page.items) == 2
    items = list(page)
    assert len(items) == 6 and all(isinstance(i, Skill) for i in items)
    assert [s.json().get("p", 1) for s in server.seen] == [1, 2, 3]


def test_a_short_last_page_costs_one_empty_page_and_never_truncates(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    # The server caps the page size (3 asked, 2 sent): the walk goes by what came back.
    server.script("/safari/skill/list", _skills(2, 5), _skills(2, 5), _skills(1, 5), _skills(0, 5))
    assert len(list(client.ai_sre.skills.list(limit=3))) == 5
    assert [s.json()["p"] for s in server.seen[1:]] == [2, 3, 4]


@pytest.mark.parametrize("total", [0, 2])
def test_a_list_that_fits_one_page_asks_once(
    client: flashduty.Flashduty, server: MockServer, total: int
) -> None:
    server.script("/safari/skill/list", _skills(total, total))
    page = client.ai_sre.skills.list()
    assert not page.has_next_page and len(list(page)) == total and len(server.seen) == 1


def test_a_page_without_a_usable_total_ends_the_walk(
    client: flashduty.Flashduty, server: MockServer
) -> None:
    server.script("/safari/skill/list", envelope({"skills": [{"skill_id": "s0"}]}))
    assert len(list(client.ai_sre.skills.list())) == 1 and len(server.seen) == 1


async def test_the_gallery_pages_by_its_own_page_field(
    aclient: flashduty.AsyncFlashduty, server: MockServer
) -> None:
    def gallery(ids: list[str]) -> Reply:
        items: list[dict[str, Any]] = [{"artifact_id": i, "title": i} for i in ids]
        return envelope({"items": items, "total": 3})

    server.script("/safari/artifact/gallery/list", gallery(["a", "b"]), gallery(["c"]), gallery([]))
    page = await aclient.ai_sre.artifacts.gallery.list(limit=2, scope="all")
    items = [i async for i in page]
    assert [i.artifact_id for i in items] == ["a", "b", "c"]
    assert all(isinstance(i, Artifact) for i in items)
    assert [s.json().get("page") for s in server.seen] == [None, 2, 3]
    assert all("p" not in s.json() for s in server.seen)
