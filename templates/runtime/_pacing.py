"""Client-side pacing: keep a client under the account's request limits so a
bulk job slows itself down instead of collecting 429s.

Each limit is a GCRA bucket (`limit` requests per `period`, bursts up to
`limit`); a request waits until every bucket lets it through. One Pacer is
shared by a client, its `with_options` copies and its pages, across threads
and tasks."""

from __future__ import annotations

import threading
import time
from typing import Callable


class Pacer:
    def __init__(
        self, limits: list[tuple[float, float]], clock: Callable[[], float] = time.monotonic
    ):
        """`limits`: (requests, seconds) pairs, e.g. [(50, 1), (1000, 60)]."""
        for count, period in limits:
            if count <= 0 or period <= 0:
                raise ValueError("a rate limit needs a positive count and period")
        self._buckets = [(period / count, period - period / count) for count, period in limits]
        self._tat = [0.0] * len(limits)  # theoretical arrival time per bucket
        self._clock = clock
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Claim the next slot; seconds the caller must wait before sending."""
        with self._lock:
            now = self._clock()
            at = now
            for (interval, burst), tat in zip(self._buckets, self._tat):
                at = max(at, tat - burst)
            self._tat = [
                max(at, tat) + interval for (interval, _), tat in zip(self._buckets, self._tat)
            ]
            return at - now

    def __repr__(self) -> str:
        rates = ", ".join(f"{(b[1] + b[0]) / b[0]:g}/{b[1] + b[0]:g}s" for b in self._buckets)
        return f"<Pacer {rates}>"


def make_pacer(per_second: float | None, per_minute: float | None) -> Pacer | None:
    limits = [(float(n), p) for n, p in ((per_second, 1.0), (per_minute, 60.0)) if n]
    return Pacer(limits) if limits else None
