"""`client.status_pages`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .status_pages_events import StatusPagesEvents, AsyncStatusPagesEvents
    from .status_pages_subscribers import StatusPagesSubscribers, AsyncStatusPagesSubscribers
    from .status_pages_migrations import StatusPagesMigrations, AsyncStatusPagesMigrations

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["StatusPages", "AsyncStatusPages"]


class StatusPages(SyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def events(self) -> StatusPagesEvents:
        from .status_pages_events import StatusPagesEvents

        return StatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> StatusPagesSubscribers:
        from .status_pages_subscribers import StatusPagesSubscribers

        return StatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> StatusPagesMigrations:
        from .status_pages_migrations import StatusPagesMigrations

        return StatusPagesMigrations(self._client)


class AsyncStatusPages(AsyncResource):
    """Operations under `client.status_pages`."""

    @cached_property
    def events(self) -> AsyncStatusPagesEvents:
        from .status_pages_events import AsyncStatusPagesEvents

        return AsyncStatusPagesEvents(self._client)

    @cached_property
    def subscribers(self) -> AsyncStatusPagesSubscribers:
        from .status_pages_subscribers import AsyncStatusPagesSubscribers

        return AsyncStatusPagesSubscribers(self._client)

    @cached_property
    def migrations(self) -> AsyncStatusPagesMigrations:
        from .status_pages_migrations import AsyncStatusPagesMigrations

        return AsyncStatusPagesMigrations(self._client)
