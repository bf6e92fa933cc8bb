"""The retry policy, decided in one object and tested from a table."""

from __future__ import annotations

import pytest

from flashduty._retry import (
    DAMAGED,
    FINAL,
    LOST,
    NOT_SENT,
    POLICY,
    RATE_LIMITED,
    SERVER_ERROR,
    Backoff,
    RetryPolicy,
)

BACKOFF = Backoff(initial=1.0, maximum=8.0, retry_after_cap=60.0)

# (status, error code) -> outcome
RESPONSES = [
    (429, None, RATE_LIMITED),
    (200, "RequestTooFrequently", RATE_LIMITED),
    (400, "RequestTooFrequently", RATE_LIMITED),
    (500, None, SERVER_ERROR),
    (502, "InternalError", SERVER_ERROR),
    (503, None, SERVER_ERROR),
    (504, None, SERVER_ERROR),
    (200, "ServiceUnavailable", SERVER_ERROR),
    (501, None, FINAL),
    (400, "InvalidParameter", FINAL),
    (401, "Unauthorized", FINAL),
    (200, None, FINAL),
]

# (outcome, idempotent, attempt, retries, Retry-After) -> wait (None: give up; a
# pair: the jittered range; a number: exactly that)
DECISIONS = [
    (RATE_LIMITED, False, 1, 2, None, (0.5, 1.0)),
    (RATE_LIMITED, False, 2, 2, 3.0, 3.0),
    (RATE_LIMITED, True, 3, 2, None, None),  # out of retries
    (RATE_LIMITED, False, 1, 2, 61.0, None),  # asked to wait past the cap: raise at once
    (RATE_LIMITED, False, 1, 2, 60.0, 60.0),
    (NOT_SENT, False, 1, 2, None, (0.5, 1.0)),
    (NOT_SENT, True, 2, 2, None, (1.0, 2.0)),
    (SERVER_ERROR, True, 1, 2, None, (0.5, 1.0)),
    (SERVER_ERROR, False, 1, 2, None, None),  # a write may have been applied
    (SERVER_ERROR, True, 1, 0, None, None),
    (LOST, True, 4, 5, None, (4.0, 8.0)),
    (LOST, False, 1, 2, None, None),
    (DAMAGED, True, 1, 2, 0.0, 0.0),
    (DAMAGED, False, 1, 2, None, None),
    (FINAL, True, 1, 2, None, None),
    (FINAL, False, 1, 2, 1.0, None),
    (SERVER_ERROR, True, 9, 10, None, (4.0, 8.0)),  # the backoff's maximum
]


@pytest.mark.parametrize("status, code, outcome", RESPONSES)
def test_answers_are_sorted_into_outcomes(status: int, code: str | None, outcome: str) -> None:
    assert RetryPolicy.of_response(status, code) == outcome


@pytest.mark.parametrize("outcome, idempotent, attempt, retries, asked, wait", DECISIONS)
def test_the_policy_decides_from_the_table(
    outcome: str,
    idempotent: bool,
    attempt: int,
    retries: int,
    asked: float | None,
    wait: None | float | tuple[float, float],
) -> None:
    for _ in range(20):  # the jitter must stay in range every time
        got = POLICY.decide(outcome, idempotent, attempt, retries, BACKOFF, asked)
        if wait is None or isinstance(wait, float):
            assert got == wait
        else:
            assert got is not None and wait[0] <= got <= wait[1]


def test_every_outcome_is_in_the_table_and_the_words() -> None:
    outcomes = {RATE_LIMITED, NOT_SENT, SERVER_ERROR, LOST, DAMAGED, FINAL}
    assert {row[0] for row in DECISIONS} == outcomes
    text = POLICY.describe()
    for outcome in outcomes - {FINAL}:
        assert outcome in text


def test_a_policy_of_ones_own_changes_what_a_client_retries() -> None:
    cautious = RetryPolicy(always=frozenset({NOT_SENT}), reads=frozenset())
    assert cautious.decide(RATE_LIMITED, True, 1, 2, BACKOFF) is None
    assert cautious.decide(NOT_SENT, False, 1, 2, BACKOFF) is not None
