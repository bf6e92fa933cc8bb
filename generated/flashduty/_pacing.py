"""Client-side pacing: keep a client under the account's request limits so a
bulk job slows itself down instead of collecting 429s.

The limit is counted where the server counts it: when requests arrive. A
planned send time says little about that: a request may wait for a new
connection, a thread or the event loop, and leave late, while the next one
leaves on time. So each limit (`count` requests in any `period` seconds)
holds the slots of the last `count` requests, and a slot is stamped with a
time by which its request had surely arrived:

- when the answer's headers came back (the server had it then), or
- when the request's last byte was written, plus `ARRIVAL_MARGIN` (the most
  a written request is taken to need to reach the server and be counted
  there), if that is sooner: only a request answered slower than that is
  stamped this way, so that one slow answer does not stall the pace.

A request may start only once the oldest of those slots is stamped and a
whole period old. Every request thus arrives at least `period` after the one
`count` places before it, and no window of `period` seconds at the server
sees more than `count` of them, however late each left. (Until its slot is
stamped, a request holds back the one `count` places after it: a slow
connection delays the pace, it never bunches it up.) One Pacer is shared by a
client, its `with_options` copies and its pages, across threads and tasks;
each process has its own (see _fork.py)."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Any, Awaitable, Callable

from ._fork import track

ARRIVAL_MARGIN = 0.5
# How often a request whose turn depends on one still on its way looks again.
_POLL = 0.002


class Slot:
    """One request's place in a pacer's windows: `at` is when it had surely
    reached the server (infinity: not yet known)."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at = math.inf

    def written(self, now: float) -> None:
        self.at = min(self.at, now + ARRIVAL_MARGIN)

    def answered(self, now: float) -> None:
        self.at = min(self.at, now)


class Pacer:
    def __init__(
        self, limits: list[tuple[float, float]], clock: Callable[[], float] = time.monotonic
    ):
        """`limits`: (requests, seconds) pairs, e.g. [(50, 1), (1000, 60)]."""
        self._windows: list[tuple[int, float, deque[Slot]]] = []
        for count, period in limits:
            if count <= 0 or period <= 0:
                raise ValueError("a rate limit needs a positive count and period")
            whole, period = _whole(count, period)
            self._windows.append((whole, period, deque(maxlen=whole)))
        self._clock = clock
        self._lock = threading.Lock()
        track(self)

    def take(self) -> tuple[Slot | None, float]:
        """(a slot, 0) when a request may start now, in every window at once;
        else (None, seconds to wait before asking again)."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            for count, period, held in self._windows:
                if len(held) == count:
                    oldest = held[0].at
                    wait = max(wait, _POLL if oldest == math.inf else oldest + period - now)
            if wait > 0:
                return None, wait
            slot = Slot()
            for _, _, held in self._windows:
                held.append(slot)
            return slot, 0.0

    def after_fork(self) -> None:
        """In a forked child: a new lock (another thread of the parent may have
        held this one), and slots of requests that thread had on their way
        taken as arrived now (no one is left to stamp them)."""
        self._lock = threading.Lock()
        now = self._clock()
        for _, _, held in self._windows:
            for slot in held:
                slot.answered(now)

    def __repr__(self) -> str:
        rates = ", ".join(f"{count}/{period:g}s" for count, period, _ in self._windows)
        return f"<Pacer {rates}>"


def _whole(count: float, period: float) -> tuple[int, float]:
    """A window holds whole requests: 0.5 a second is one per 2 s; 2.5 a
    second is 2 a second (3 in one second would break it)."""
    if count < 1:
        return 1, period / count
    return math.floor(count), period


def make_pacer(per_second: float | None, per_minute: float | None) -> Pacer | None:
    limits = [(float(n), p) for n, p in ((per_second, 1.0), (per_minute, 60.0)) if n]
    return Pacer(limits) if limits else None


def _stamp(slots: list[Slot], name: str) -> None:
    if name.endswith(".send_request_body.complete"):
        now = time.monotonic()
        for slot in slots:
            slot.written(now)
    elif name.endswith(".receive_response_headers.complete"):
        now = time.monotonic()
        for slot in slots:
            slot.answered(now)


def stamper(slots: list[Slot]) -> Callable[[str, dict[str, Any]], None]:
    """httpcore's `trace` extension (sync) stamping `slots` as the request goes."""
    return lambda name, info: _stamp(slots, name)


def astamper(slots: list[Slot]) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """The same, for async transports (which await their trace callback)."""

    async def trace(name: str, info: dict[str, Any]) -> None:
        _stamp(slots, name)

    return trace
