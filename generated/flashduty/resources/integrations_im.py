"""`client.integrations.im`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.im_integration_list import ImIntegrationList
    from ..types.defs.im_person_link_result import ImPersonLinkResult

_TYPES = TypeNames(
    __name__,
    {
        "ImIntegrationList": "defs.im_integration_list",
        "ImPersonLinkResult": "defs.im_person_link_result",
    },
)

__all__ = ["IntegrationsIm", "AsyncIntegrationsIm"]

_IM_LIST_WAR_ROOM_ENABLED: Endpoint[ImIntegrationList] = Endpoint(
    "POST",
    "/datasource/im/war-room-enabled/list",
    kind="model",
    data="ImIntegrationList",
    types=_TYPES,
    idempotent=True,
)
_IM_LINK_PEOPLE: Endpoint[ImPersonLinkResult] = Endpoint(
    "POST", "/datasource/im/person/try-link", kind="model", data="ImPersonLinkResult", types=_TYPES
)


class IntegrationsIm(SyncResource):
    """Operations under `client.integrations.im`."""

    def list_war_room_enabled(self, **options: Unpack[RequestOptions]) -> ImIntegrationList:
        """List IM integrations that can open war rooms.

        Lists the instant-messaging integrations (Feishu, Slack, ...) set up to create
        war rooms, all at once. Any valid key may call it.

        HTTP: POST /datasource/im/war-room-enabled/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_IM_LIST_WAR_ROOM_ENABLED, args, **options)

    def link_people(
        self, *, integration_id: int, **options: Unpack[RequestOptions]
    ) -> ImPersonLinkResult:
        """Link members to their IM accounts.

        Matches the account's members with the users of an instant-messaging integration
        and links those not linked yet; answers the IDs of the members it linked now.

        Permission: Integrations Manage.
        HTTP: POST /datasource/im/person/try-link

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_IM_LINK_PEOPLE, args, **options)


class AsyncIntegrationsIm(AsyncResource):
    """Operations under `client.integrations.im`."""

    async def list_war_room_enabled(self, **options: Unpack[RequestOptions]) -> ImIntegrationList:
        """List IM integrations that can open war rooms: the awaitable `IntegrationsIm.list_war_room_enabled`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_IM_LIST_WAR_ROOM_ENABLED, args, **options)

    async def link_people(
        self, *, integration_id: int, **options: Unpack[RequestOptions]
    ) -> ImPersonLinkResult:
        """Link members to their IM accounts: the awaitable `IntegrationsIm.link_people`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_IM_LINK_PEOPLE, args, **options)
