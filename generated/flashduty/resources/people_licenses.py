"""`client.people.licenses`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.license_member_list import LicenseMemberList

_TYPES = TypeNames(
    __name__,
    {
        "LicenseMemberList": "defs.license_member_list",
    },
)

__all__ = ["PeopleLicenses", "AsyncPeopleLicenses"]

_LICENSES_LIST: Endpoint[LicenseMemberList] = Endpoint(
    "POST",
    "/oncall/license/list",
    kind="model",
    data="LicenseMemberList",
    types=_TYPES,
    idempotent=True,
)


class PeopleLicenses(SyncResource):
    """Operations under `client.people.licenses`."""

    def list(
        self, *, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> LicenseMemberList:
        """List licence holders.

        Lists who holds an on-call licence seat and of which kind (fixed or temporary),
        optionally for one person only. Known only from the legacy reference, which
        gives no request fields beyond the `person_id` of its example.

        HTTP: POST /oncall/license/list

        Args:
            person_id: Only this person.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"person_id": person_id}
        return self._client.request(_LICENSES_LIST, args, **options)


class AsyncPeopleLicenses(AsyncResource):
    """Operations under `client.people.licenses`."""

    async def list(
        self, *, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> LicenseMemberList:
        """List licence holders: the awaitable `PeopleLicenses.list`, documented there."""
        args = {"person_id": person_id}
        return await self._client.request(_LICENSES_LIST, args, **options)
