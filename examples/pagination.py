"""Walking lists: every item, page by page, sync and async.

    FLASHDUTY_APP_KEY=any FLASHDUTY_BASE_URL=http://127.0.0.1:4010 python examples/pagination.py

The mock of `make mock` answers the same page (with `has_next_page: true`)
every time, so this example stops after a few; a real list ends by itself.
"""

from __future__ import annotations

import asyncio
import itertools
import time

import flashduty

WEEK = 7 * 24 * 3600


def sync_walk(client: flashduty.Flashduty) -> None:
    now = int(time.time())
    # Every item of every page, fetched as the loop goes on.
    everything = client.incidents.list(start_time=now - WEEK, end_time=now)
    titles = [incident.title for incident in itertools.islice(everything, 3)]
    print(f"first items: {titles}")

    # Page by page: `.items` is one page; `.data` the whole answer (its cursor...).
    page = client.incidents.list(start_time=now - WEEK, end_time=now, limit=50)
    for number, each in enumerate(itertools.islice(page.iter_pages(), 2), start=1):
        print(
            f"page {number}: {len(each.items)} items, more: {each.has_next_page}, total: {each.total}"
        )


async def async_walk() -> None:
    async with flashduty.AsyncFlashduty() as aclient:
        now = int(time.time())
        count = 0
        async for incident in aclient.incidents.list(start_time=now - WEEK, end_time=now):
            count += 1
            if count == 3:
                break
        print(f"async: read {count} items")
        first = await aclient.incidents.list(start_time=now - WEEK, end_time=now)
        print(f"async first page: {len(first.items)} items")


def main() -> None:
    with flashduty.Flashduty() as client:
        sync_walk(client)
    asyncio.run(async_walk())


if __name__ == "__main__":
    main()
