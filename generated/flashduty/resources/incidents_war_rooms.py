"""`client.incidents.war_rooms`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.war_room import WarRoom
    from ..types.defs.war_room_list import WarRoomList
    from ..types.defs.war_room_observer_list import WarRoomObserverList

_TYPES = TypeNames(
    __name__,
    {
        "WarRoom": "defs.war_room",
        "WarRoomList": "defs.war_room_list",
        "WarRoomObserverList": "defs.war_room_observer_list",
    },
)

__all__ = ["IncidentsWarRooms", "AsyncIncidentsWarRooms"]

_WAR_ROOMS_CREATE: Endpoint[WarRoom] = Endpoint(
    "POST", "/incident/war-room/create", kind="model", data="WarRoom", types=_TYPES
)
_WAR_ROOMS_DELETE: Endpoint[None] = Endpoint("POST", "/incident/war-room/delete", kind="none")
_WAR_ROOMS_DETAIL: Endpoint[WarRoom] = Endpoint(
    "POST", "/incident/war-room/detail", kind="model", data="WarRoom", types=_TYPES, idempotent=True
)
_WAR_ROOMS_LIST: Endpoint[WarRoomList] = Endpoint(
    "POST",
    "/incident/war-room/list",
    kind="model",
    data="WarRoomList",
    types=_TYPES,
    idempotent=True,
)
_WAR_ROOMS_ADD_MEMBERS: Endpoint[str] = Endpoint(
    "POST", "/incident/war-room/add-member", kind="value", data=lambda: str, types=_TYPES
)
_WAR_ROOMS_DEFAULT_OBSERVERS: Endpoint[WarRoomObserverList] = Endpoint(
    "POST",
    "/incident/war-room/default-observers",
    kind="model",
    data="WarRoomObserverList",
    types=_TYPES,
    idempotent=True,
)


class IncidentsWarRooms(SyncResource):
    """Operations under `client.incidents.war_rooms`."""

    def create(
        self,
        *,
        incident_id: str,
        integration_id: int,
        member_ids: SequenceNotStr[int] | Omit = OMIT,
        add_observers: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WarRoom:
        """Open a war room.

        Creates a group chat for an incident in a chat integration that has war rooms
        enabled (Feishu, DingTalk, self-built WeCom, Slack or Teams). The caller and the
        incident's assignees join it, plus `member_ids`, and, with `add_observers`,
        earlier responders as observers.

        Permission: Incidents Manage.
        HTTP: POST /incident/war-room/create

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            integration_id: IM integration that will host the group chat. War rooms have
                to be switched on for it.
            member_ids: Further members to invite.
            add_observers: Also invite members who were assigned earlier but no longer
                are, as observers.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_id": incident_id,
            "integration_id": integration_id,
            "member_ids": member_ids,
            "add_observers": add_observers,
        }
        return self._client.request(_WAR_ROOMS_CREATE, args, **options)

    def delete(
        self,
        *,
        incident_id: str,
        integration_id: int,
        chat_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Dissolve a war room.

        Dissolves the war room an incident has in a chat integration. The legacy
        reference also required `chat_id`; the current one does not mention it.

        Permission: Incidents Manage.
        HTTP: POST /incident/war-room/delete

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            integration_id: Chat integration hosting the war room.
            chat_id: Group chat ID of the war room.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "integration_id": integration_id, "chat_id": chat_id}
        return self._client.request(_WAR_ROOMS_DELETE, args, **options)

    def detail(
        self, *, integration_id: int, chat_id: str, **options: Unpack[RequestOptions]
    ) -> WarRoom:
        """Get a war room.

        Fetches a war room's current name and join link from the chat tool. The data is
        an empty object when the group was dissolved outside Flashduty.

        Permission: Incidents Read.
        HTTP: POST /incident/war-room/detail

        Args:
            integration_id: Chat integration hosting the war room.
            chat_id: Group chat ID of the war room.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id, "chat_id": chat_id}
        return self._client.request(_WAR_ROOMS_DETAIL, args, **options)

    def list(
        self,
        *,
        incident_id: str,
        integration_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WarRoomList:
        """List an incident's war rooms.

        Lists the war rooms opened for an incident, optionally only those in one chat
        integration.

        Permission: Incidents Read.
        HTTP: POST /incident/war-room/list

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            integration_id: Only war rooms in this chat integration; all when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id, "integration_id": integration_id}
        return self._client.request(_WAR_ROOMS_LIST, args, **options)

    def add_members(
        self,
        *,
        integration_id: int,
        chat_id: str,
        member_ids: SequenceNotStr[int],
        **options: Unpack[RequestOptions],
    ) -> str:
        """Add members to a war room.

        Invites members into an existing war room. Documented only in the legacy
        reference.

        HTTP: POST /incident/war-room/add-member

        Args:
            integration_id: Chat integration hosting the war room.
            chat_id: Group chat ID of the war room.
            member_ids: Members to invite.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id, "chat_id": chat_id, "member_ids": member_ids}
        return self._client.request(_WAR_ROOMS_ADD_MEMBERS, args, **options)

    def default_observers(
        self, *, incident_id: str, **options: Unpack[RequestOptions]
    ) -> WarRoomObserverList:
        """Preview a war room's observers.

        Lists the members that `add_observers` would invite when opening a war room:
        people assigned to the incident earlier who are no longer among its responders.
        Documented only in the legacy reference.

        HTTP: POST /incident/war-room/default-observers

        Args:
            incident_id: Incident ID, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_id": incident_id}
        return self._client.request(_WAR_ROOMS_DEFAULT_OBSERVERS, args, **options)


class AsyncIncidentsWarRooms(AsyncResource):
    """Operations under `client.incidents.war_rooms`."""

    async def create(
        self,
        *,
        incident_id: str,
        integration_id: int,
        member_ids: SequenceNotStr[int] | Omit = OMIT,
        add_observers: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WarRoom:
        """Open a war room: the awaitable `IncidentsWarRooms.create`, documented there."""
        args = {
            "incident_id": incident_id,
            "integration_id": integration_id,
            "member_ids": member_ids,
            "add_observers": add_observers,
        }
        return await self._client.request(_WAR_ROOMS_CREATE, args, **options)

    async def delete(
        self,
        *,
        incident_id: str,
        integration_id: int,
        chat_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Dissolve a war room: the awaitable `IncidentsWarRooms.delete`, documented there."""
        args = {"incident_id": incident_id, "integration_id": integration_id, "chat_id": chat_id}
        return await self._client.request(_WAR_ROOMS_DELETE, args, **options)

    async def detail(
        self, *, integration_id: int, chat_id: str, **options: Unpack[RequestOptions]
    ) -> WarRoom:
        """Get a war room: the awaitable `IncidentsWarRooms.detail`, documented there."""
        args = {"integration_id": integration_id, "chat_id": chat_id}
        return await self._client.request(_WAR_ROOMS_DETAIL, args, **options)

    async def list(
        self,
        *,
        incident_id: str,
        integration_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WarRoomList:
        """List an incident's war rooms: the awaitable `IncidentsWarRooms.list`, documented there."""
        args = {"incident_id": incident_id, "integration_id": integration_id}
        return await self._client.request(_WAR_ROOMS_LIST, args, **options)

    async def add_members(
        self,
        *,
        integration_id: int,
        chat_id: str,
        member_ids: SequenceNotStr[int],
        **options: Unpack[RequestOptions],
    ) -> str:
        """Add members to a war room: the awaitable `IncidentsWarRooms.add_members`, documented there."""
        args = {"integration_id": integration_id, "chat_id": chat_id, "member_ids": member_ids}
        return await self._client.request(_WAR_ROOMS_ADD_MEMBERS, args, **options)

    async def default_observers(
        self, *, incident_id: str, **options: Unpack[RequestOptions]
    ) -> WarRoomObserverList:
        """Preview a war room's observers: the awaitable `IncidentsWarRooms.default_observers`, documented there."""
        args = {"incident_id": incident_id}
        return await self._client.request(_WAR_ROOMS_DEFAULT_OBSERVERS, args, **options)
