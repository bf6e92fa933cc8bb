"""`client.monitors.targets`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_target_page import MonitorTargetPage

_TYPES = TypeNames(
    __name__,
    {
        "MonitorTargetPage": "defs.monitor_target_page",
    },
)

__all__ = ["MonitorsTargets", "AsyncMonitorsTargets"]

_TARGETS_LIST: Endpoint[MonitorTargetPage] = Endpoint(
    "POST",
    "/monit/targets",
    kind="model",
    data="MonitorTargetPage",
    types=_TYPES,
    idempotent=True,
    limits=(10, 600),
)


class MonitorsTargets(SyncResource):
    """Operations under `client.monitors.targets`."""

    def list(
        self,
        *,
        account_id: int | Omit = OMIT,
        keyword: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        cursor: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorTargetPage:
        """List monitored hosts.

        Lists the hosts the monit-agents have reported, sorted by `target_locator`;
        `keyword` matches its start. Pages go by cursor: send the previous `next_cursor`
        as `cursor` (empty means the last page); `limit` is 50 by default, at most 200.
        A listed host is not necessarily reachable now.

        Rate limit: 10 per second, 600 per minute.
        HTTP: POST /monit/targets

        Args:
            account_id: See the API reference.
            keyword: See the API reference.
            limit: See the API reference.
            cursor: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"account_id": account_id, "keyword": keyword, "limit": limit, "cursor": cursor}
        return self._client.request(_TARGETS_LIST, args, **options)


class AsyncMonitorsTargets(AsyncResource):
    """Operations under `client.monitors.targets`."""

    async def list(
        self,
        *,
        account_id: int | Omit = OMIT,
        keyword: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        cursor: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorTargetPage:
        """List monitored hosts: the awaitable `MonitorsTargets.list`, documented there."""
        args = {"account_id": account_id, "keyword": keyword, "limit": limit, "cursor": cursor}
        return await self._client.request(_TARGETS_LIST, args, **options)
