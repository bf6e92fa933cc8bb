from __future__ import annotations

from typing import Iterator

import pytest

import flashduty

from .server import MockServer

APP_KEY = "fd-app-key-7f3a9c1e5b"  # a fake key; tests assert it never leaks


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer() as srv:
        yield srv


@pytest.fixture
def client(server: MockServer) -> Iterator[flashduty.Flashduty]:
    # Short backoff keeps retry tests fast; the policy itself is tested apart.
    with flashduty.Flashduty(app_key=APP_KEY, base_url=server.url, timeout=5.0) as c:
        c.backoff = type(c.backoff)(initial=0.01, maximum=0.05, retry_after_cap=0.2)
        yield c


@pytest.fixture
async def aclient(server: MockServer):  # type: ignore[no-untyped-def]
    async with flashduty.AsyncFlashduty(app_key=APP_KEY, base_url=server.url, timeout=5.0) as c:
        c.backoff = type(c.backoff)(initial=0.01, maximum=0.05, retry_after_cap=0.2)
        yield c
