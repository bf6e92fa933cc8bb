"""A call made again imports nothing: no module is looked up on the way,
found or not. A failed lookup is not remembered by Python and walks the whole
of sys.path each time; httpcore asks for `sniffio` on every lock of an async
connection (4 per call), which cost ~20% of an async call over 127.0.0.1
while sniffio was not installed (it is now a dependency)."""

from __future__ import annotations

import asyncio
import importlib.abc
import sys
from typing import Any, Iterator, Sequence

import pytest

import flashduty

from .conftest import APP_KEY
from .server import MockServer, envelope


class Lookups(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> None:
        self.names.append(name)
        return None


@pytest.fixture
def lookups() -> Iterator[Lookups]:
    recorder = Lookups()
    yield recorder
    if recorder in sys.meta_path:
        sys.meta_path.remove(recorder)


def test_sync_and_async_calls_made_again_look_up_no_module(
    server: MockServer, lookups: Lookups
) -> None:
    server.default = lambda seen: envelope({"incident_id": "i1", "title": "disk full"})

    async def calls(client: flashduty.AsyncFlashduty, times: int) -> None:
        for _ in range(times):
            assert (await client.incidents.info(incident_id="i1")).title == "disk full"

    async def main() -> None:
        async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url) as aclient:
            with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url) as client:
                await calls(aclient, 2)  # the first call loads what it needs
                client.incidents.info(incident_id="i1")
                sys.meta_path.insert(0, lookups)
                await calls(aclient, 3)
                for _ in range(3):
                    client.incidents.info(incident_id="i1")
                sys.meta_path.remove(lookups)

    asyncio.run(main())
    assert lookups.names == []
