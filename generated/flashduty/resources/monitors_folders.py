"""`client.monitors.folders`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_folder import MonitorFolder

_TYPES = TypeNames(
    __name__,
    {
        "MonitorFolder": "defs.monitor_folder",
    },
)

__all__ = ["MonitorsFolders", "AsyncMonitorsFolders"]

_FOLDERS_LIST: Endpoint[List[MonitorFolder]] = Endpoint(
    "POST",
    "/monit/folder/list",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorFolder"]),
    types=_TYPES,
    idempotent=True,
)


class MonitorsFolders(SyncResource):
    """Operations under `client.monitors.folders`."""

    def list(self, **options: Unpack[RequestOptions]) -> List[MonitorFolder]:
        """List monitor folders.

        Lists every folder (of alert rules and dashboards) the caller can read, with its
        place in the folder tree.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Alerting Rules Read or Node Permissions Read.
        HTTP: POST /monit/folder/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_FOLDERS_LIST, args, **options)


class AsyncMonitorsFolders(AsyncResource):
    """Operations under `client.monitors.folders`."""

    async def list(self, **options: Unpack[RequestOptions]) -> List[MonitorFolder]:
        """List monitor folders: the awaitable `MonitorsFolders.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_FOLDERS_LIST, args, **options)
