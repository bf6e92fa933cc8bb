"""Base classes of the generated resource classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient


class SyncResource:
    def __init__(self, client: "SyncAPIClient"):
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource:
    def __init__(self, client: "AsyncAPIClient"):
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
