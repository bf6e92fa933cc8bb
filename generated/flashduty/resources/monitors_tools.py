"""`client.monitors.tools`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_tool_catalog import MonitorToolCatalog
    from ..types.defs.monitor_tool_invocation import MonitorToolInvocation
    from ..types.defs.monitor_tool_invoke_tool import MonitorToolInvokeTool

_TYPES = TypeNames(
    __name__,
    {
        "MonitorToolCatalog": "defs.monitor_tool_catalog",
        "MonitorToolInvocation": "defs.monitor_tool_invocation",
        "MonitorToolInvokeTool": "defs.monitor_tool_invoke_tool",
    },
)

__all__ = ["MonitorsTools", "AsyncMonitorsTools"]

_TOOLS_CATALOG: Endpoint[MonitorToolCatalog] = Endpoint(
    "POST",
    "/monit/tools/catalog",
    kind="model",
    data="MonitorToolCatalog",
    types=_TYPES,
    idempotent=True,
    limits=(10, 600),
)
_TOOLS_INVOKE: Endpoint[MonitorToolInvocation] = Endpoint(
    "POST",
    "/monit/tools/invoke",
    kind="model",
    data="MonitorToolInvocation",
    types=_TYPES,
    models={"tools": ("MonitorToolInvokeTool", "l")},
    limits=(10, 600),
)


class MonitorsTools(SyncResource):
    """Operations under `client.monitors.tools`."""

    def catalog(
        self,
        *,
        target_locator: str,
        account_id: int | Omit = OMIT,
        target_kind: Literal["host"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorToolCatalog:
        """List the tools of a monitored host.

        Returns the tools the monit-agent of one host (`target_locator`) offers, each
        with its JSON Schema input. When the locator matches several kinds the call
        still succeeds, with `data.error` set; call again with `target_kind`. A listed
        tool may still be refused or offline at invoke time.

        Rate limit: 10 per second, 600 per minute.
        HTTP: POST /monit/tools/catalog

        Args:
            target_locator: See the API reference.
            account_id: See the API reference.
            target_kind: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "target_locator": target_locator,
            "account_id": account_id,
            "target_kind": target_kind,
        }
        return self._client.request(_TOOLS_CATALOG, args, **options)

    def invoke(
        self,
        *,
        target_locator: str,
        tools: SequenceNotStr[MonitorToolInvokeTool | Mapping[str, Any]],
        account_id: int | Omit = OMIT,
        target_kind: Literal["host"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorToolInvocation:
        """Run tools on a monitored host.

        Runs up to 8 agent tools at once on one host and answers their results in the
        order asked. It can take tens of seconds (allow at least 35). Failures of the
        whole call (`target_unavailable`, ...) and of single tools come back with HTTP
        200, in `data.error` and in each result.

        Rate limit: 10 per second, 600 per minute.
        HTTP: POST /monit/tools/invoke

        Args:
            target_locator: See the API reference.
            tools: See the API reference.
            account_id: See the API reference.
            target_kind: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "target_locator": target_locator,
            "tools": tools,
            "account_id": account_id,
            "target_kind": target_kind,
        }
        return self._client.request(_TOOLS_INVOKE, args, **options)


class AsyncMonitorsTools(AsyncResource):
    """Operations under `client.monitors.tools`."""

    async def catalog(
        self,
        *,
        target_locator: str,
        account_id: int | Omit = OMIT,
        target_kind: Literal["host"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorToolCatalog:
        """List the tools of a monitored host: the awaitable `MonitorsTools.catalog`, documented there."""
        args = {
            "target_locator": target_locator,
            "account_id": account_id,
            "target_kind": target_kind,
        }
        return await self._client.request(_TOOLS_CATALOG, args, **options)

    async def invoke(
        self,
        *,
        target_locator: str,
        tools: SequenceNotStr[MonitorToolInvokeTool | Mapping[str, Any]],
        account_id: int | Omit = OMIT,
        target_kind: Literal["host"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorToolInvocation:
        """Run tools on a monitored host: the awaitable `MonitorsTools.invoke`, documented there."""
        args = {
            "target_locator": target_locator,
            "tools": tools,
            "account_id": account_id,
            "target_kind": target_kind,
        }
        return await self._client.request(_TOOLS_INVOKE, args, **options)
