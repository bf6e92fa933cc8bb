"""`client.monitors.folders`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_folder_list import MonitorFolderList

_TYPES = TypeNames(
    __name__,
    {
        "MonitorFolderList": "defs.monitor_folder_list",
    },
)

__all__ = ["MonitorsFolders", "AsyncMonitorsFolders"]

_FOLDERS_LIST: Endpoint[MonitorFolderList] = Endpoint(
    "POST",
    "/monit/folder/list",
    kind="model",
    data="MonitorFolderList",
    types=_TYPES,
    idempotent=True,
)


class MonitorsFolders(SyncResource):
    """Operations under `client.monitors.folders`."""

    def list(self, **options: Unpack[RequestOptions]) -> MonitorFolderList:
        """List monitor folders.

        Lists the folders that hold alert rules and dashboards, with their place in the
        folder tree.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /monit/folder/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_FOLDERS_LIST, args, **options)


class AsyncMonitorsFolders(AsyncResource):
    """Operations under `client.monitors.folders`."""

    async def list(self, **options: Unpack[RequestOptions]) -> MonitorFolderList:
        """List monitor folders: the awaitable `MonitorsFolders.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_FOLDERS_LIST, args, **options)
