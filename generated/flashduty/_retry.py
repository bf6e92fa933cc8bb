"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Mapping

RETRYABLE_STATUS = frozenset({500, 502, 503, 504})
RATE_LIMIT_CODE = "RequestTooFrequently"


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with full jitter; a server's Retry-After wins, up to a cap."""

    initial: float = 0.5
    maximum: float = 8.0
    retry_after_cap: float = 60.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.retry_after_cap)
        ceiling = min(self.maximum, self.initial * (2.0 ** (attempt - 1)))
        return ceiling * (0.5 + random.random() / 2)


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Retry-After (or retry-after-ms) in seconds: a number or an HTTP date."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # only for the rare HTTP-date form; the module is slow to load

    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    try:
        when = email.utils.mktime_tz(parsed)
    except (ValueError, OverflowError):  # a date no clock reaches (year 99999): as good as never
        return float("inf")
    return max(0.0, when - (time.time() if now is None else now))


# What an attempt came to, as far as trying again is concerned.
RATE_LIMITED = "rate limited"  # 429 or RequestTooFrequently: the server did nothing
NOT_SENT = "never sent"  # connection refused, DNS, pool timeout: the request never left
SERVER_ERROR = "a server error"  # 500/502/503/504 or ServiceUnavailable: may have been applied
LOST = "a connection lost after sending"  # failed or timed out once sent: may have been applied
DAMAGED = "a damaged answer"  # the answer arrived unreadable (bad compression)
FINAL = "final"  # any other answer or error: trying again would give the same


# The default policy, as plain text the generator reads to document it.
RETRY_ALWAYS = ("rate limited", "never sent")
RETRY_READS = ("a server error", "a connection lost after sending", "a damaged answer")


@dataclass(frozen=True)
class RetryPolicy:
    """The one place that decides whether a failed attempt is tried again,
    and after how long. Outcomes in `always` are retried for every call:
    nothing was acted on. Outcomes in `reads` only for idempotent calls: a
    write may have been applied, and repeating it is the caller's decision
    (`idempotent=True` on `client.post`). A Retry-After above the backoff's
    cap is not waited for: the error is raised at once, with `retry_after`."""

    always: frozenset[str] = frozenset(RETRY_ALWAYS)
    reads: frozenset[str] = frozenset(RETRY_READS)

    @staticmethod
    def of_response(status: int, code: str | None) -> str:
        if status == 429 or code == RATE_LIMIT_CODE:
            return RATE_LIMITED
        if status in RETRYABLE_STATUS or code == "ServiceUnavailable":
            return SERVER_ERROR
        return FINAL

    def retries(self, outcome: str, idempotent: bool) -> bool:
        return outcome in self.always or (idempotent and outcome in self.reads)

    def decide(
        self,
        outcome: str,
        idempotent: bool,
        attempt: int,
        retries: int,
        backoff: Backoff,
        asked: float | None = None,
    ) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to give up.
        `asked`: the server's Retry-After, in seconds."""
        if attempt > retries or not self.retries(outcome, idempotent):
            return None
        if asked is not None and asked > backoff.retry_after_cap:
            return None  # the caller learns `retry_after` and decides, not a blind wait
        return backoff.delay(attempt, asked)

    def describe(self) -> str:
        """The policy in words, for documentation."""
        return (
            f"retried for every call: {', '.join(sorted(self.always))}; "
            f"for reads only: {', '.join(sorted(self.reads))}; never: anything else"
        )


POLICY = RetryPolicy()


def retry_response(status: int, code: str | None, idempotent: bool) -> bool:
    """Whether an answer warrants another try (see RetryPolicy)."""
    return POLICY.retries(RetryPolicy.of_response(status, code), idempotent)


def retry_failure(sent: bool, idempotent: bool) -> bool:
    """Whether a transport failure warrants another try (see RetryPolicy)."""
    return POLICY.retries(LOST if sent else NOT_SENT, idempotent)
