"""`client.people.roles`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.permission_factor import PermissionFactor
    from ..types.defs.permission_list import PermissionList
    from ..types.defs.role import Role
    from ..types.defs.role_list import RoleList
    from ..types.defs.role_upsert_result import RoleUpsertResult

_TYPES = TypeNames(
    __name__,
    {
        "PermissionFactor": "defs.permission_factor",
        "PermissionList": "defs.permission_list",
        "Role": "defs.role",
        "RoleList": "defs.role_list",
        "RoleUpsertResult": "defs.role_upsert_result",
    },
)

__all__ = ["PeopleRoles", "AsyncPeopleRoles"]

_ROLES_LIST: Endpoint[RoleList] = Endpoint(
    "POST", "/role/list", kind="model", data="RoleList", types=_TYPES, idempotent=True
)
_ROLES_INFO: Endpoint[Role] = Endpoint(
    "POST", "/role/info", kind="model", data="Role", types=_TYPES, idempotent=True
)
_ROLES_UPSERT: Endpoint[RoleUpsertResult] = Endpoint(
    "POST", "/role/upsert", kind="model", data="RoleUpsertResult", types=_TYPES
)
_ROLES_DELETE: Endpoint[None] = Endpoint("POST", "/role/delete", kind="none")
_ROLES_ENABLE: Endpoint[None] = Endpoint("POST", "/role/enable", kind="none")
_ROLES_DISABLE: Endpoint[None] = Endpoint("POST", "/role/disable", kind="none")
_ROLES_GRANT_MEMBERS: Endpoint[None] = Endpoint("POST", "/role/member/grant", kind="none")
_ROLES_REVOKE_MEMBERS: Endpoint[None] = Endpoint("POST", "/role/member/revoke", kind="none")
_ROLES_LIST_PERMISSIONS: Endpoint[PermissionList] = Endpoint(
    "POST",
    "/role/permission/list",
    kind="model",
    data="PermissionList",
    types=_TYPES,
    idempotent=True,
)
_ROLES_LIST_PERMISSION_FACTORS: Endpoint[List[PermissionFactor]] = Endpoint(
    "POST",
    "/role/permission/factor/list",
    kind="list",
    data=lambda: generic(List, _TYPES["PermissionFactor"]),
    types=_TYPES,
    idempotent=True,
)


class PeopleRoles(SyncResource):
    """Operations under `client.people.roles`."""

    def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RoleList:
        """List roles.

        Returns every role of the account, built-in and custom, in one response.

        HTTP: POST /role/list

        Args:
            orderby: Field to sort on.
            asc: Ascending order when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"orderby": orderby, "asc": asc}
        return self._client.request(_ROLES_LIST, args, **options)

    def info(self, *, role_id: int, **options: Unpack[RequestOptions]) -> Role:
        """Get one role.

        Returns a role with the IDs of the permissions it grants.

        HTTP: POST /role/info

        Args:
            role_id: Role ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"role_id": role_id}
        return self._client.request(_ROLES_INFO, args, **options)

    def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RoleUpsertResult:
        """Create or update a role.

        Creates a custom role, or updates it when `role_id` names an existing one.
        `permission_ids` replaces the role's whole permission set. Built-in roles cannot
        be changed.

        Permission: Roles Manage.
        HTTP: POST /role/upsert

        Args:
            role_name: Name, unique in the account.
            role_id: Role to update; omit or 0 to create one.
            description: Free-text description.
            permission_ids: The complete set of permissions the role grants.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "role_name": role_name,
            "role_id": role_id,
            "description": description,
            "permission_ids": permission_ids,
        }
        return self._client.request(_ROLES_UPSERT, args, **options)

    def delete(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a role.

        Deletes a custom role for good; every member holding it loses its permissions at
        once. Built-in roles cannot be deleted.

        Permission: Roles Manage.
        HTTP: POST /role/delete

        Args:
            role_id: Role to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"role_id": role_id}
        return self._client.request(_ROLES_DELETE, args, **options)

    def enable(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable a role.

        Turns a disabled custom role back on, so its members regain its permissions.

        Permission: Roles Manage.
        HTTP: POST /role/enable

        Args:
            role_id: Role to enable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"role_id": role_id}
        return self._client.request(_ROLES_ENABLE, args, **options)

    def disable(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable a role.

        Turns a custom role off without deleting it; its members lose its permissions at
        once. Built-in roles stay enabled.

        Permission: Roles Manage.
        HTTP: POST /role/disable

        Args:
            role_id: Role to disable.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"role_id": role_id}
        return self._client.request(_ROLES_DISABLE, args, **options)

    def grant_members(
        self, *, member_ids: SequenceNotStr[int], role_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Give a role to members.

        Grants one role to up to 100 members; members who hold it already are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/grant

        Args:
            member_ids: Members to receive the role, at most 100.
            role_id: Role to grant.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_ids": member_ids, "role_id": role_id}
        return self._client.request(_ROLES_GRANT_MEMBERS, args, **options)

    def revoke_members(
        self, *, member_ids: SequenceNotStr[int], role_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Take a role from members.

        Removes one role from up to 100 members; members without it are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/revoke

        Args:
            member_ids: Members to lose the role, at most 100.
            role_id: Role to revoke.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"member_ids": member_ids, "role_id": role_id}
        return self._client.request(_ROLES_REVOKE_MEMBERS, args, **options)

    def list_permissions(
        self,
        *,
        role_ids: SequenceNotStr[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> PermissionList:
        """List permissions.

        Returns the permissions roles can grant. With `role_ids`, only those the given
        roles grant; add `with_all` to get every permission instead, each flagged with
        `is_granted`.

        HTTP: POST /role/permission/list

        Args:
            role_ids: Only permissions these roles grant.
            with_all: Return every permission and mark the granted ones with
                `is_granted`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"role_ids": role_ids, "with_all": with_all}
        return self._client.request(_ROLES_LIST_PERMISSIONS, args, **options)

    def list_permission_factors(
        self,
        *,
        factor_types: (
            SequenceNotStr[Literal["api", "button", "visit", "menu", "url"] | EnumValue] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[PermissionFactor]:
        """List permission factors.

        Returns the fine-grained controls (APIs, buttons, pages, menus, URLs) that
        permissions are made of, optionally only some kinds.

        HTTP: POST /role/permission/factor/list

        Args:
            factor_types: Only factors of these kinds.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"factor_types": factor_types}
        return self._client.request(_ROLES_LIST_PERMISSION_FACTORS, args, **options)


class AsyncPeopleRoles(AsyncResource):
    """Operations under `client.people.roles`."""

    async def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RoleList:
        """List roles: the awaitable `PeopleRoles.list`, documented there."""
        args = {"orderby": orderby, "asc": asc}
        return await self._client.request(_ROLES_LIST, args, **options)

    async def info(self, *, role_id: int, **options: Unpack[RequestOptions]) -> Role:
        """Get one role: the awaitable `PeopleRoles.info`, documented there."""
        args = {"role_id": role_id}
        return await self._client.request(_ROLES_INFO, args, **options)

    async def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RoleUpsertResult:
        """Create or update a role: the awaitable `PeopleRoles.upsert`, documented there."""
        args = {
            "role_name": role_name,
            "role_id": role_id,
            "description": description,
            "permission_ids": permission_ids,
        }
        return await self._client.request(_ROLES_UPSERT, args, **options)

    async def delete(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a role: the awaitable `PeopleRoles.delete`, documented there."""
        args = {"role_id": role_id}
        return await self._client.request(_ROLES_DELETE, args, **options)

    async def enable(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Enable a role: the awaitable `PeopleRoles.enable`, documented there."""
        args = {"role_id": role_id}
        return await self._client.request(_ROLES_ENABLE, args, **options)

    async def disable(self, *, role_id: int, **options: Unpack[RequestOptions]) -> None:
        """Disable a role: the awaitable `PeopleRoles.disable`, documented there."""
        args = {"role_id": role_id}
        return await self._client.request(_ROLES_DISABLE, args, **options)

    async def grant_members(
        self, *, member_ids: SequenceNotStr[int], role_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Give a role to members: the awaitable `PeopleRoles.grant_members`, documented there."""
        args = {"member_ids": member_ids, "role_id": role_id}
        return await self._client.request(_ROLES_GRANT_MEMBERS, args, **options)

    async def revoke_members(
        self, *, member_ids: SequenceNotStr[int], role_id: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Take a role from members: the awaitable `PeopleRoles.revoke_members`, documented there."""
        args = {"member_ids": member_ids, "role_id": role_id}
        return await self._client.request(_ROLES_REVOKE_MEMBERS, args, **options)

    async def list_permissions(
        self,
        *,
        role_ids: SequenceNotStr[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> PermissionList:
        """List permissions: the awaitable `PeopleRoles.list_permissions`, documented there."""
        args = {"role_ids": role_ids, "with_all": with_all}
        return await self._client.request(_ROLES_LIST_PERMISSIONS, args, **options)

    async def list_permission_factors(
        self,
        *,
        factor_types: (
            SequenceNotStr[Literal["api", "button", "visit", "menu", "url"] | EnumValue] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[PermissionFactor]:
        """List permission factors: the awaitable `PeopleRoles.list_permission_factors`, documented there."""
        args = {"factor_types": factor_types}
        return await self._client.request(_ROLES_LIST_PERMISSION_FACTORS, args, **options)
