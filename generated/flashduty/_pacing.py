"""Client-side pacing: keep a client under the account's request limits so a
bulk job slows itself down instead of collecting 429s.

Each limit is a sliding window: never more than `count` requests in any
`period` seconds. The window remembers the send times of its last `count`
requests; a request waits until the oldest of them is a whole period old.
(A token bucket would let a full burst through and then the steady rate on
top of it: twice the limit in the first period.) One Pacer is shared by a
client, its `with_options` copies and its pages, across threads and tasks."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Callable


class Pacer:
    def __init__(
        self, limits: list[tuple[float, float]], clock: Callable[[], float] = time.monotonic
    ):
        """`limits`: (requests, seconds) pairs, e.g. [(50, 1), (1000, 60)]."""
        self._windows: list[tuple[int, float, deque[float]]] = []
        for count, period in limits:
            if count <= 0 or period <= 0:
                raise ValueError("a rate limit needs a positive count and period")
            whole, period = _whole(count, period)
            self._windows.append((whole, period, deque(maxlen=whole)))
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Claim the next slot; seconds the caller must wait before sending.
        Slots are handed out in order, so the send times of every window
        never decrease, and its oldest remembered time is the one that binds."""
        with self._lock:
            now = self._clock()
            at = now
            for count, period, sent in self._windows:
                if len(sent) == count:
                    at = max(at, sent[0] + period)
            for _, _, sent in self._windows:
                sent.append(at)
            return at - now

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
