"""Forked children never use their parent's connections or locks (issue 17, 1).

The server runs in a process of its own; a crossed answer shows as an
incident ID other than the one asked for, a garbled request as a request the
server could not read."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from typing import Callable, Iterator

import pytest

import flashduty

from .wire_server import WireServer

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

_CLIENT: flashduty.Flashduty | None = None


@pytest.fixture(scope="module")
def wire() -> Iterator[WireServer]:
    with WireServer() as server:
        yield server


def ask(client: flashduty.Flashduty, incident_id: str) -> str:
    answered = client.incidents.info(incident_id=incident_id).incident_id
    return answered


def _in_pool(incident_id: str) -> str:
    assert _CLIENT is not None
    return ask(_CLIENT, incident_id)


def _wait(pid: int, seconds: float) -> int | None:
    """The child's exit status, or None (killed) if it is still running after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def _child(work: Callable[[], bool]) -> None:
    """Run `work` in the forked child and leave with 0 if it returned True."""
    code = 1
    try:
        code = 0 if work() else 1
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def test_parent_and_child_each_get_their_own_answers(wire: WireServer) -> None:
    before = wire.stats()["malformed"]
    client = flashduty.Flashduty(app_key="k", base_url=wire.url, max_retries=0)
    for round_ in range(10):
        assert ask(client, f"warm-{round_}") == f"warm-{round_}"  # a kept-alive connection
        pid = os.fork()
        if pid == 0:
            _child(
                lambda: all(ask(client, f"c{round_}-{i}") == f"c{round_}-{i}" for i in range(20))
            )
        answers = [ask(client, f"p{round_}-{i}") for i in range(20)]
        assert answers == [f"p{round_}-{i}" for i in range(20)]
        assert _wait(pid, 20) == 0
    client.close()
    assert wire.stats()["malformed"] == before


def test_a_fork_pool_of_four_answers_80_calls_right(wire: WireServer) -> None:
    global _CLIENT
    before = wire.stats()["malformed"]
    _CLIENT = flashduty.Flashduty(app_key="k", base_url=wire.url, max_retries=0)
    try:
        assert ask(_CLIENT, "warm") == "warm"
        wanted = [f"pool-{i}" for i in range(80)]
        with multiprocessing.get_context("fork").Pool(4) as pool:
            answers = pool.map(_in_pool, wanted, chunksize=1)
        assert answers == wanted
        assert ask(_CLIENT, "after") == "after"  # the parent's own connection still works
    finally:
        _CLIENT.close()
        _CLIENT = None
    assert wire.stats()["malformed"] == before


def test_a_child_forked_while_a_thread_holds_the_pacers_lock_does_not_hang(
    wire: WireServer,
) -> None:
    client = flashduty.Flashduty(app_key="k", base_url=wire.url, max_requests_per_second=50)
    assert client._pacer is not None
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        assert client._pacer is not None
        with client._pacer._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    # A request of another thread on its way at the fork: its slot must not
    # hold the child back for ever either.
    slot, _ = type(client._pacer)([(1, 1.0)]).take()
    try:
        pid = os.fork()
        if pid == 0:
            _child(lambda: ask(client, "paced-child") == "paced-child")
        status = _wait(pid, 10)
    finally:
        release.set()
        holder.join()
    assert slot is not None
    assert status == 0, "the child's paced call hung on a lock its parent held"
    assert ask(client, "paced-parent") == "paced-parent"
    client.close()


def test_an_async_client_in_a_forked_child(wire: WireServer) -> None:
    client = flashduty.AsyncFlashduty(app_key="k", base_url=wire.url, max_retries=0)

    async def ask_async(incident_id: str) -> str:
        answered = (await client.incidents.info(incident_id=incident_id)).incident_id
        return answered

    async def both(prefix: str) -> list[str]:
        return await asyncio.gather(*(ask_async(f"{prefix}-{i}") for i in range(10)))

    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(ask_async("warm")) == "warm"
        pid = os.fork()
        if pid == 0:
            # The child runs its own loop: none of the parent's connections come along.
            _child(lambda: asyncio.run(both("c")) == [f"c-{i}" for i in range(10)])
        assert loop.run_until_complete(both("p")) == [f"p-{i}" for i in range(10)]
        assert _wait(pid, 20) == 0
        loop.run_until_complete(client.close())
    finally:
        loop.close()
