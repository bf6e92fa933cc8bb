"""`client.alerts.data_sources`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Literal, Mapping

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from ..types.defs.integration import Integration
    from ..types.defs.integration_upserted import IntegrationUpserted
    from ..types.defs.webhook_integration_settings import WebhookIntegrationSettings
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "Integration": "defs.integration",
        "IntegrationUpserted": "defs.integration_upserted",
        "WebhookIntegrationSettings": "defs.webhook_integration_settings",
    },
)

__all__ = ["AlertsDataSources", "AsyncAlertsDataSources"]

_DATA_SOURCES_LIST: Endpoint[List[Integration]] = Endpoint(
    "POST",
    "/datasource/list",
    kind="list",
    data=lambda: generic(List, _TYPES["Integration"]),
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_INFO: Endpoint[Integration] = Endpoint(
    "POST", "/datasource/desc", kind="model", data="Integration", types=_TYPES, idempotent=True
)
_DATA_SOURCES_UPSERT: Endpoint[IntegrationUpserted] = Endpoint(
    "POST",
    "/datasource/upsert",
    kind="model",
    data="IntegrationUpserted",
    types=_TYPES,
    models={"settings": ("WebhookIntegrationSettings", "")},
)


class AlertsDataSources(SyncResource):
    """Operations under `client.alerts.data_sources`."""

    @deprecated("alerts.data_sources.list is deprecated; use client.integrations.list instead")
    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        category: (
            Literal["event.alert", "im", "webhook", "event.change", "other"] | EnumValue | Omit
        ) = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[Integration]:
        """List integrations.

        Lists the account's integrations (data sources): alert and change event sources,
        IM apps, webhooks and others, filtered by category, type, name, status or team.
        Documented only in the legacy reference, which gives a plain list without a page
        count. Deprecated: use `integrations.list`, the current document's integration
        listing.

        Deprecated: use `client.integrations.list` instead.

        HTTP: POST /datasource/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Sort field.
            asc: Ascending order when true.
            category: Kind of integration.
            plugin_type: Integration type as the console names it, e.g. `Prometheus` or
                `Zabbix`.
            status: Status to match, e.g. `enabled`.
            name: Integration name to match.
            is_my_team: Only integrations of teams the caller belongs to when true.
            team_ids: Owning teams to match.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "category": category,
            "plugin_type": plugin_type,
            "status": status,
            "name": name,
            "is_my_team": is_my_team,
            "team_ids": team_ids,
        }
        return self._client.request(_DATA_SOURCES_LIST, args, **options)

    @deprecated("alerts.data_sources.info is deprecated; use client.integrations.info instead")
    def info(
        self,
        *,
        integration_id: int,
        integration_key: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Integration:
        """Get an integration.

        Returns one integration (data source) with its key and settings. Documented only
        in the legacy reference. Deprecated: use `integrations.info` (which masks secret
        settings and leaves out the key; `integrations.keys.rotate` issues a new one).

        Deprecated: use `client.integrations.info` instead.

        HTTP: POST /datasource/desc

        Args:
            integration_id: Integration to read.
            integration_key: Its key, as an alternative way to identify it.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id, "integration_key": integration_key}
        return self._client.request(_DATA_SOURCES_INFO, args, **options)

    @deprecated("alerts.data_sources.upsert is deprecated; use client.integrations.update instead")
    def upsert(
        self,
        *,
        integration_id: int,
        name: str,
        plugin_id: Literal[302],
        settings: WebhookIntegrationSettings | Mapping[str, Any],
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationUpserted:
        """Create or update a webhook integration.

        Creates an outgoing webhook integration, or updates the one named by
        `integration_id`; `plugin_id` 302 is the only type accepted. Documented only in
        the legacy reference. Deprecated: use `integrations.update` for an existing
        integration and `integrations.create` (type `alert.webhook`) for a new one.

        Deprecated: use `client.integrations.update` instead.

        HTTP: POST /datasource/upsert

        Args:
            integration_id: Integration to update; 0 creates a new one.
            name: Integration name.
            plugin_id: Integration type; 302 is the outgoing webhook.
            settings: Configuration of an outgoing webhook integration.
            team_id: Owning team; 0 for none.
            description: Description.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_id": integration_id,
            "name": name,
            "plugin_id": plugin_id,
            "settings": settings,
            "team_id": team_id,
            "description": description,
        }
        return self._client.request(_DATA_SOURCES_UPSERT, args, **options)


class AsyncAlertsDataSources(AsyncResource):
    """Operations under `client.alerts.data_sources`."""

    @deprecated("alerts.data_sources.list is deprecated; use client.integrations.list instead")
    async def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        category: (
            Literal["event.alert", "im", "webhook", "event.change", "other"] | EnumValue | Omit
        ) = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[Integration]:
        """List integrations: the awaitable `AlertsDataSources.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "category": category,
            "plugin_type": plugin_type,
            "status": status,
            "name": name,
            "is_my_team": is_my_team,
            "team_ids": team_ids,
        }
        return await self._client.request(_DATA_SOURCES_LIST, args, **options)

    @deprecated("alerts.data_sources.info is deprecated; use client.integrations.info instead")
    async def info(
        self,
        *,
        integration_id: int,
        integration_key: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Integration:
        """Get an integration: the awaitable `AlertsDataSources.info`, documented there."""
        args = {"integration_id": integration_id, "integration_key": integration_key}
        return await self._client.request(_DATA_SOURCES_INFO, args, **options)

    @deprecated("alerts.data_sources.upsert is deprecated; use client.integrations.update instead")
    async def upsert(
        self,
        *,
        integration_id: int,
        name: str,
        plugin_id: Literal[302],
        settings: WebhookIntegrationSettings | Mapping[str, Any],
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationUpserted:
        """Create or update a webhook integration: the awaitable `AlertsDataSources.upsert`, documented there."""
        args = {
            "integration_id": integration_id,
            "name": name,
            "plugin_id": plugin_id,
            "settings": settings,
            "team_id": team_id,
            "description": description,
        }
        return await self._client.request(_DATA_SOURCES_UPSERT, args, **options)
