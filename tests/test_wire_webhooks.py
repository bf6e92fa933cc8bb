"""Checking a webhook delivery's shared secret (issue 17, 7); the example
receiver that uses it is run in tests/contract/test_examples.py."""

from __future__ import annotations

import hmac
from typing import Any

import pytest

import flashduty

SECRET = "s3cret-shared-1f9c"


@pytest.mark.parametrize(
    "where",
    [
        {"headers": {"X-Webhook-Token": SECRET}},
        {"headers": {"x-webhook-token": SECRET}},  # header names have no case
        {"headers": [("Content-Type", "application/json"), ("X-WEBHOOK-TOKEN", SECRET)]},
        {"query": f"a=1&token={SECRET}"},
        {"query": "token=s3cret%2Dshared%2D1f9c"},  # percent-encoded in the URL
        {"query": {"token": SECRET}},
        {"query": {"token": [SECRET]}},
        {"headers": {"Authorization": SECRET}, "header": "authorization"},
        {"query": f"key={SECRET}", "param": "key"},
    ],
)
def test_the_secret_is_found_where_it_was_put(where: dict[str, Any]) -> None:
    assert flashduty.webhooks.verify(SECRET, **where) is True


@pytest.mark.parametrize(
    "where",
    [
        {},
        {"headers": {}},
        {"headers": {"X-Webhook-Token": SECRET[:-1]}},
        {"headers": {"X-Webhook-Token": SECRET + "x"}},
        {"headers": {"X-Webhook-Token": ""}},
        {"headers": {"Other": SECRET}},
        {"query": "token="},
        {"query": f"Token={SECRET}"},  # query names do have a case
        {"query": f"token={SECRET}&token=guess"},  # every value sent must be the secret
        {"query": f"token={SECRET}", "headers": {"X-Webhook-Token": "guess"}},
        {"query": {"token": 12345}},
        {"headers": {"X-Webhook-Token": "\ud800"}},
    ],
)
def test_anything_else_is_refused(where: dict[str, Any]) -> None:
    assert flashduty.webhooks.verify(SECRET, **where) is False


@pytest.mark.parametrize("secret", ["", None, b"bytes"])
def test_an_empty_or_odd_secret_is_a_mistake_not_an_open_door(secret: Any) -> None:
    with pytest.raises(ValueError, match="non-empty string"):
        flashduty.webhooks.verify(secret, query="token=")


def test_the_comparison_takes_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate goes through hmac.compare_digest, none through `==`."""
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert not flashduty.webhooks.verify(SECRET, query="token=a&token=b")
    assert flashduty.webhooks.verify(SECRET, headers={"X-Webhook-Token": SECRET})
    assert compared == [(b"a", SECRET.encode()), (b"b", SECRET.encode())] + [
        (SECRET.encode(), SECRET.encode())
    ]
