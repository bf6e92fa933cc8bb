"""`client.integrations`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .integrations_types import IntegrationsTypes, AsyncIntegrationsTypes
    from .integrations_keys import IntegrationsKeys, AsyncIntegrationsKeys
    from .integrations_im import IntegrationsIm, AsyncIntegrationsIm
    from ..types.defs.integration_created import IntegrationCreated
    from ..types.defs.integration_detail import IntegrationDetail
    from ..types.defs.integration_page import IntegrationPage

_TYPES = TypeNames(
    __name__,
    {
        "IntegrationCreated": "defs.integration_created",
        "IntegrationDetail": "defs.integration_detail",
        "IntegrationPage": "defs.integration_page",
    },
)

__all__ = ["Integrations", "AsyncIntegrations"]

_LIST: Endpoint[IntegrationPage] = Endpoint(
    "POST", "/integration/list", kind="model", data="IntegrationPage", types=_TYPES, idempotent=True
)
_INFO: Endpoint[IntegrationDetail] = Endpoint(
    "POST",
    "/integration/info",
    kind="model",
    data="IntegrationDetail",
    types=_TYPES,
    idempotent=True,
)
_CREATE: Endpoint[IntegrationCreated] = Endpoint(
    "POST",
    "/integration/create",
    kind="model",
    data="IntegrationCreated",
    types=_TYPES,
    limits=(20, 300),
)
_UPDATE: Endpoint[IntegrationDetail] = Endpoint(
    "POST",
    "/integration/update",
    kind="model",
    data="IntegrationDetail",
    types=_TYPES,
    limits=(20, 300),
)
_ENABLE: Endpoint[None] = Endpoint("POST", "/integration/enable", kind="none", limits=(20, 300))
_DISABLE: Endpoint[None] = Endpoint("POST", "/integration/disable", kind="none", limits=(20, 300))
_DELETE: Endpoint[None] = Endpoint("POST", "/integration/delete", kind="none", limits=(20, 300))


class Integrations(SyncResource):
    """Operations under `client.integrations`."""

    @cached_property
    def types(self) -> IntegrationsTypes:
        from .integrations_types import IntegrationsTypes

        return IntegrationsTypes(self._client)

    @cached_property
    def keys(self) -> IntegrationsKeys:
        from .integrations_keys import IntegrationsKeys

        return IntegrationsKeys(self._client)

    @cached_property
    def im(self) -> IntegrationsIm:
        from .integrations_im import IntegrationsIm

        return IntegrationsIm(self._client)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "name", "plugin_type", "status"] | EnumValue | Omit
        ) = OMIT,
        category: str | Omit = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        ref_ids: SequenceNotStr[str] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationPage:
        """List integrations.

        Lists the integrations of the account, one page at a time, filtered by category,
        type, status, name, reference ID or team. The answer carries `total` but no
        `has_next_page`, so the SDK does not walk the pages for you: raise `p` until a
        page comes back short.

        Permission: Integrations Read.
        HTTP: POST /integration/list

        Args:
            p: Page number, from 1.
            limit: Items per page.
            orderby: Sort field.
            category: Integration category to match, e.g. `event.alert`; several
                comma-separated.
            plugin_type: Integration type, e.g. `prometheus.alert`; see
                `integrations.types.list`.
            status: Status to set or match.
            name: Name.
            ref_ids: External reference IDs to match.
            asc: Ascending order when true.
            is_my_team: Only integrations of teams the caller belongs to.
            team_ids: Owning teams to match.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "category": category,
            "plugin_type": plugin_type,
            "status": status,
            "name": name,
            "ref_ids": ref_ids,
            "asc": asc,
            "is_my_team": is_my_team,
            "team_ids": team_ids,
        }
        return self._client.request(_LIST, args, **options)

    def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> IntegrationDetail:
        """Get one integration.

        Reads one integration with its settings. Secret values inside `settings` come
        back masked.

        Permission: Integrations Read.
        HTTP: POST /integration/info

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_INFO, args, **options)

    def create(
        self,
        *,
        plugin_type: str,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        settings: Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCreated:
        """Create an integration.

        Sets up an integration of a type whose `supports_api_create` is true, owned by a
        team or, without `team_id`, by the whole account. The answer holds the ingestion
        key: it is shown this once, so keep it somewhere safe.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/create

        Args:
            plugin_type: Integration type, e.g. `prometheus.alert`; see
                `integrations.types.list`.
            name: Name.
            description: Description.
            team_id: Owning team; 0 or left out for the whole account.
            settings: Settings of the integration; their shape depends on its type.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "plugin_type": plugin_type,
            "name": name,
            "description": description,
            "team_id": team_id,
            "settings": settings,
        }
        return self._client.request(_CREATE, args, **options)

    def update(
        self,
        *,
        integration_id: int,
        name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        team_id: int | None | Omit = OMIT,
        settings: Mapping[str, Any] | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationDetail:
        """Update an integration.

        Changes the name, description, owning team or settings of an integration; fields
        left out keep their value. Answers the integration as it is now.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/update

        Args:
            integration_id: Integration ID.
            name: Name.
            description: Description.
            team_id: Owning team; 0 or left out for the whole account.
            settings: Settings of the integration; their shape depends on its type.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_id": integration_id,
            "name": name,
            "description": description,
            "team_id": team_id,
            "settings": settings,
        }
        return self._client.request(_UPDATE, args, **options)

    def enable(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable an integration.

        Turns a disabled integration back on, so it accepts events again.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/enable

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_ENABLE, args, **options)

    def disable(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable an integration.

        Turns an integration off without deleting it; events sent to it meanwhile are
        refused.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/disable

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_DISABLE, args, **options)

    def delete(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete an integration.

        Removes an integration for good; its ingestion key stops working.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/delete

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_DELETE, args, **options)


class AsyncIntegrations(AsyncResource):
    """Operations under `client.integrations`."""

    @cached_property
    def types(self) -> AsyncIntegrationsTypes:
        from .integrations_types import AsyncIntegrationsTypes

        return AsyncIntegrationsTypes(self._client)

    @cached_property
    def keys(self) -> AsyncIntegrationsKeys:
        from .integrations_keys import AsyncIntegrationsKeys

        return AsyncIntegrationsKeys(self._client)

    @cached_property
    def im(self) -> AsyncIntegrationsIm:
        from .integrations_im import AsyncIntegrationsIm

        return AsyncIntegrationsIm(self._client)

    async def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "name", "plugin_type", "status"] | EnumValue | Omit
        ) = OMIT,
        category: str | Omit = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        ref_ids: SequenceNotStr[str] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationPage:
        """List integrations: the awaitable `Integrations.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "category": category,
            "plugin_type": plugin_type,
            "status": status,
            "name": name,
            "ref_ids": ref_ids,
            "asc": asc,
            "is_my_team": is_my_team,
            "team_ids": team_ids,
        }
        return await self._client.request(_LIST, args, **options)

    async def info(
        self, *, integration_id: int, **options: Unpack[RequestOptions]
    ) -> IntegrationDetail:
        """Get one integration: the awaitable `Integrations.info`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_INFO, args, **options)

    async def create(
        self,
        *,
        plugin_type: str,
        name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        settings: Mapping[str, Any] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationCreated:
        """Create an integration: the awaitable `Integrations.create`, documented there."""
        args = {
            "plugin_type": plugin_type,
            "name": name,
            "description": description,
            "team_id": team_id,
            "settings": settings,
        }
        return await self._client.request(_CREATE, args, **options)

    async def update(
        self,
        *,
        integration_id: int,
        name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        team_id: int | None | Omit = OMIT,
        settings: Mapping[str, Any] | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationDetail:
        """Update an integration: the awaitable `Integrations.update`, documented there."""
        args = {
            "integration_id": integration_id,
            "name": name,
            "description": description,
            "team_id": team_id,
            "settings": settings,
        }
        return await self._client.request(_UPDATE, args, **options)

    async def enable(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable an integration: the awaitable `Integrations.enable`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_ENABLE, args, **options)

    async def disable(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable an integration: the awaitable `Integrations.disable`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_DISABLE, args, **options)

    async def delete(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete an integration: the awaitable `Integrations.delete`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_DELETE, args, **options)
