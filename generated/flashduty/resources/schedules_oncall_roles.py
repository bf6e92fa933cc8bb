"""`client.schedules.oncall_roles`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.oncall_role import OncallRole

_TYPES = TypeNames(
    __name__,
    {
        "OncallRole": "defs.oncall_role",
    },
)

__all__ = ["SchedulesOncallRoles", "AsyncSchedulesOncallRoles"]

_ONCALL_ROLES_LIST: Endpoint[List[OncallRole]] = Endpoint(
    "GET",
    "/oncall/roles",
    kind="list",
    data=lambda: generic(List, _TYPES["OncallRole"]),
    types=_TYPES,
    idempotent=True,
)


class SchedulesOncallRoles(SyncResource):
    """Operations under `client.schedules.oncall_roles`."""

    def list(self, **options: Unpack[RequestOptions]) -> List[OncallRole]:
        """List on-call roles.

        Returns the roles members can hold in a schedule's groups, such as primary and
        secondary on-call. Use a role's `id` as `role_id` in schedule layers. Takes no
        parameters.

        HTTP: GET /oncall/roles

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_ONCALL_ROLES_LIST, args, **options)


class AsyncSchedulesOncallRoles(AsyncResource):
    """Operations under `client.schedules.oncall_roles`."""

    async def list(self, **options: Unpack[RequestOptions]) -> List[OncallRole]:
        """List on-call roles: the awaitable `SchedulesOncallRoles.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_ONCALL_ROLES_LIST, args, **options)
