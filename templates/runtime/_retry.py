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


def retry_response(status: int, code: str | None, idempotent: bool) -> bool:
    """Whether an answer warrants another try. A rate-limited request was not
    acted on, so it is retried even for writes; a server error may have been,
    so only reads are repeated."""
    if status == 429 or code == RATE_LIMIT_CODE:
        return True
    return idempotent and (status in RETRYABLE_STATUS or code == "ServiceUnavailable")


def retry_failure(sent: bool, idempotent: bool) -> bool:
    """Whether a transport failure warrants another try: always when the
    request never left (connection refused, DNS, pool timeout), only for
    reads when the server may have received it."""
    return not sent or idempotent
