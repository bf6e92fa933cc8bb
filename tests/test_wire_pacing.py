"""Pacing holds where the limit is counted: at the server (issue 17, 2).

The server, in a process of its own, notes when each request arrived; no
window of a period may hold more than the limit, whatever threads, tasks,
copies or new connections the client uses."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Iterator

import httpx
import pytest

import flashduty

from .wire_server import WireServer, busiest

BUSIEST: dict[str, int] = {}  # printed at the end (pytest -s): the figures of the report


@pytest.fixture(scope="module")
def server() -> Iterator[WireServer]:
    # One server process for the file (each start cost a fresh interpreter):
    # a test sees only what arrived since it began (`Since`).
    with WireServer() as started:
        yield started


class Since:
    """The file's server as one test sees it: the arrivals since the test began."""

    def __init__(self, server: WireServer) -> None:
        self.server, self.url = server, server.url
        seen = server.stats()
        self.arrived, self.malformed = len(seen["arrivals"]), seen["malformed"]

    def stats(self) -> dict[str, Any]:
        seen = self.server.stats()
        arrivals: list[float] = seen["arrivals"][self.arrived :]
        return {"arrivals": arrivals, "malformed": seen["malformed"] - self.malformed}


@pytest.fixture
def wire(server: WireServer) -> Since:
    return Since(server)


def _threads(client: flashduty.Flashduty, calls: int, threads: int) -> None:
    clients = [client, client.with_options(timeout=9), client.with_options(max_retries=1)]
    errors: list[BaseException] = []

    def work(index: int) -> None:
        mine = clients[index % len(clients)]
        try:
            for i in range(index, calls, threads):
                assert mine.incidents.info(incident_id=f"t{i}").incident_id == f"t{i}"
        except BaseException as exc:  # reported by the test's thread
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert not errors


@pytest.mark.parametrize("rate", [20, 50])
@pytest.mark.parametrize("keepalive", [True, False], ids=["keepalive", "new-connections"])
def test_threads_and_copies_never_exceed_the_limit_at_the_server(
    wire: Since, rate: int, keepalive: bool
) -> None:
    limits = httpx.Limits(max_keepalive_connections=None if keepalive else 0)
    http = httpx.Client(limits=limits)
    client = flashduty.Flashduty(
        app_key="k", base_url=wire.url, max_requests_per_second=rate, http_client=http
    )
    calls = rate * 3
    _threads(client, calls, threads=12)
    arrivals = wire.stats()["arrivals"]
    assert len(arrivals) == calls
    most = busiest(arrivals, 1.0)
    BUSIEST[f"threads {rate}/s {'keepalive' if keepalive else 'new connections'}"] = most
    assert most <= rate
    # Pacing, not throttling to a crawl: three periods' worth take about two
    # periods (three batches), more on a busy machine.
    assert max(arrivals) - min(arrivals) < 5
    http.close()


@pytest.mark.parametrize("rate", [20, 50])
def test_async_tasks_and_copies_never_exceed_the_limit_at_the_server(
    wire: Since, rate: int
) -> None:
    calls = rate * 3

    async def go() -> None:
        async with flashduty.AsyncFlashduty(
            app_key="k", base_url=wire.url, max_requests_per_second=rate
        ) as client:
            copies = [client, client.with_options(timeout=9)]
            answers = await asyncio.gather(
                *(copies[i % 2].incidents.info(incident_id=f"a{i}") for i in range(calls))
            )
            assert [a.incident_id for a in answers] == [f"a{i}" for i in range(calls)]

    asyncio.run(go())
    arrivals = wire.stats()["arrivals"]
    assert len(arrivals) == calls
    most = busiest(arrivals, 1.0)
    BUSIEST[f"async {rate}/s"] = most
    assert most <= rate
    assert max(arrivals) - min(arrivals) < 5


def test_a_slow_request_on_its_way_holds_back_only_its_turn(wire: Since) -> None:
    """One answer taking 1.5 s must not bunch up the ones after it, nor stop
    the others: only the request `limit` places later waits for it."""
    client = flashduty.Flashduty(app_key="k", base_url=wire.url, max_requests_per_second=5)
    done = threading.Event()

    def slow() -> None:
        client.post("/incident/info", body={"incident_id": "slow", "delay": 1.5})
        done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    for i in range(9):
        client.incidents.info(incident_id=f"f{i}")
    thread.join()
    arrivals = wire.stats()["arrivals"]
    assert busiest(arrivals, 1.0) <= 5
    assert max(arrivals) - min(arrivals) < 2.5
    client.close()


def teardown_module() -> None:
    for name, most in BUSIEST.items():
        print(f"busiest 1-s window at the server, {name}: {most}")


def test_an_interrupted_call_gives_its_slot_back(
    wire: Since, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A call interrupted (Ctrl-C, a cancelled task) before its request could
    be stamped must not leave a slot no one will ever stamp: the call a limit
    later would wait for it for ever."""
    client = flashduty.Flashduty(app_key="k", base_url=wire.url, max_requests_per_second=1)

    def interrupted(request: Any, budget: Any, streaming: bool = False) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(client, "_attempt", interrupted)
    with pytest.raises(KeyboardInterrupt):
        client.incidents.info(incident_id="x")
    monkeypatch.undo()
    assert client._pacer is not None
    assert all(slot.at < float("inf") for _, _, held in client._pacer._windows for slot in held)
    client.incidents.info(incident_id="after")  # a second later, not never
    client.close()


def test_a_cancelled_task_gives_its_slot_back(wire: Since) -> None:
    async def go() -> None:
        async with flashduty.AsyncFlashduty(
            app_key="k", base_url=wire.url, max_requests_per_second=1
        ) as client:
            await client.incidents.info(incident_id="first")
            waiting = asyncio.ensure_future(client.incidents.info(incident_id="w"))
            await asyncio.sleep(0.2)  # waiting for its turn (a second after the first)
            waiting.cancel()
            await asyncio.wait_for(client.incidents.info(incident_id="next"), timeout=3)

    asyncio.run(go())
