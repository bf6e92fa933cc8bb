"""`client.people.roles`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from ..types.defs.permission_factor import PermissionFactor
    from ..types.defs.permission_list import PermissionList
    from ..types.defs.role import Role
    from ..types.defs.role_list import RoleList
    from ..types.defs.role_upsert_result import RoleUpsertResult
else:
    from .._deprecation import deprecated

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
    data="List[PermissionFactor]",
    types=_TYPES,
    idempotent=True,
)


class PeopleRoles(SyncResource):
    """Operations under `client.people.roles`."""

    def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleList:
        """List roles.

        Returns every role of the account, built-in and custom, in one response.

        HTTP: POST /role/list

        Args:
            orderby: Field to sort on.
            asc: Ascending order when true.
        """
        return self._client.request(
            _ROLES_LIST, {"orderby": orderby, "asc": asc}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Get one role.

        Returns a role with the IDs of the permissions it grants.

        HTTP: POST /role/info

        Args:
            role_id: Role ID.
        """
        return self._client.request(
            _ROLES_INFO, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _ROLES_UPSERT,
            {
                "role_name": role_name,
                "role_id": role_id,
                "description": description,
                "permission_ids": permission_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a role.

        Deletes a custom role for good; every member holding it loses its permissions at
        once. Built-in roles cannot be deleted.

        Permission: Roles Manage.
        HTTP: POST /role/delete

        Args:
            role_id: Role to delete.
        """
        return self._client.request(
            _ROLES_DELETE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def enable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a role.

        Turns a disabled custom role back on, so its members regain its permissions.

        Permission: Roles Manage.
        HTTP: POST /role/enable

        Args:
            role_id: Role to enable.
        """
        return self._client.request(
            _ROLES_ENABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def disable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a role.

        Turns a custom role off without deleting it; its members lose its permissions at
        once. Built-in roles stay enabled.

        Permission: Roles Manage.
        HTTP: POST /role/disable

        Args:
            role_id: Role to disable.
        """
        return self._client.request(
            _ROLES_DISABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    def grant_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a role to members.

        Grants one role to up to 100 members; members who hold it already are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/grant

        Args:
            member_ids: Members to receive the role, at most 100.
            role_id: Role to grant.
        """
        return self._client.request(
            _ROLES_GRANT_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def revoke_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take a role from members.

        Removes one role from up to 100 members; members without it are skipped.

        Permission: Roles Manage.
        HTTP: POST /role/member/revoke

        Args:
            member_ids: Members to lose the role, at most 100.
            role_id: Role to revoke.
        """
        return self._client.request(
            _ROLES_REVOKE_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_permissions(
        self,
        *,
        role_ids: List[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _ROLES_LIST_PERMISSIONS,
            {"role_ids": role_ids, "with_all": with_all},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_permission_factors(
        self,
        *,
        factor_types: List[Literal["api", "button", "visit", "menu", "url"]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[PermissionFactor]:
        """List permission factors.

        Returns the fine-grained controls (APIs, buttons, pages, menus, URLs) that
        permissions are made of, optionally only some kinds.

        HTTP: POST /role/permission/factor/list

        Args:
            factor_types: Only factors of these kinds.
        """
        return self._client.request(
            _ROLES_LIST_PERMISSION_FACTORS,
            {"factor_types": factor_types},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPeopleRoles(AsyncResource):
    """Operations under `client.people.roles`."""

    async def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleList:
        """List roles: the awaitable `PeopleRoles.list`, documented there."""
        return await self._client.request(
            _ROLES_LIST, {"orderby": orderby, "asc": asc}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Role:
        """Get one role: the awaitable `PeopleRoles.info`, documented there."""
        return await self._client.request(
            _ROLES_INFO, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def upsert(
        self,
        *,
        role_name: str,
        role_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        permission_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoleUpsertResult:
        """Create or update a role: the awaitable `PeopleRoles.upsert`, documented there."""
        return await self._client.request(
            _ROLES_UPSERT,
            {
                "role_name": role_name,
                "role_id": role_id,
                "description": description,
                "permission_ids": permission_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a role: the awaitable `PeopleRoles.delete`, documented there."""
        return await self._client.request(
            _ROLES_DELETE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def enable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a role: the awaitable `PeopleRoles.enable`, documented there."""
        return await self._client.request(
            _ROLES_ENABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def disable(
        self,
        *,
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a role: the awaitable `PeopleRoles.disable`, documented there."""
        return await self._client.request(
            _ROLES_DISABLE, {"role_id": role_id}, timeout, max_retries, extra_headers
        )

    async def grant_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a role to members: the awaitable `PeopleRoles.grant_members`, documented there."""
        return await self._client.request(
            _ROLES_GRANT_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def revoke_members(
        self,
        *,
        member_ids: List[int],
        role_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Take a role from members: the awaitable `PeopleRoles.revoke_members`, documented there."""
        return await self._client.request(
            _ROLES_REVOKE_MEMBERS,
            {"member_ids": member_ids, "role_id": role_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list_permissions(
        self,
        *,
        role_ids: List[int] | Omit = OMIT,
        with_all: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> PermissionList:
        """List permissions: the awaitable `PeopleRoles.list_permissions`, documented there."""
        return await self._client.request(
            _ROLES_LIST_PERMISSIONS,
            {"role_ids": role_ids, "with_all": with_all},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list_permission_factors(
        self,
        *,
        factor_types: List[Literal["api", "button", "visit", "menu", "url"]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[PermissionFactor]:
        """List permission factors: the awaitable `PeopleRoles.list_permission_factors`, documented there."""
        return await self._client.request(
            _ROLES_LIST_PERMISSION_FACTORS,
            {"factor_types": factor_types},
            timeout,
            max_retries,
            extra_headers,
        )
