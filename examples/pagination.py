"""Walking lists: every item, page by page, sync and async.

    FLASHDUTY_APP_KEY=any FLASHDUTY_BASE_URL=http://127.0.0.1:4010 python examples/pagination.py

The mock of `make mock` answers the same page (with `has_next_page: true` and
the same cursor) every time: the client notices the repeated cursor and stops
the walk with PaginationError, as it would with any server that repeats itself.
A real list ends by itself.
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
    titles = []
    try:
        titles += [incident.title for incident in itertools.islice(everything, 3)]
    except flashduty.PaginationError as exc:
        print(f"walk stopped: {exc}")
    print(f"first items: {titles}")

    # Page by page: `.items` is one page; `.data` the whole answer (its cursor...).
    page = client.incidents.list(start_time=now - WEEK, end_time=now, limit=50)
    try:
        for number, each in enumerate(page.iter_pages(max_pages=2), start=1):
            print(
                f"page {number}: {len(each.items)} items, more: {each.has_next_page}, "
                f"total: {each.total}"
            )
    except flashduty.PaginationError as exc:
        print(f"walk stopped: {exc}")


async def async_walk() -> None:
    async with flashduty.AsyncFlashduty() as aclient:
        now = int(time.time())
        count = 0
        try:
            async for incident in aclient.incidents.list(start_time=now - WEEK, end_time=now):
                count += 1
                if count == 3:
                    break
        except flashduty.PaginationError as exc:
            print(f"async walk stopped: {exc}")
        print(f"async: read {count} items")
        first = await aclient.incidents.list(start_time=now - WEEK, end_time=now)
        print(f"async first page: {len(first.items)} items")


def main() -> None:
    with flashduty.Flashduty() as client:
        sync_walk(client)
    asyncio.run(async_walk())


if __name__ == "__main__":
    main()
