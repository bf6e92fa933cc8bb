"""`client.people.persons`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.person_info_list import PersonInfoList

_TYPES = TypeNames(
    __name__,
    {
        "PersonInfoList": "defs.person_info_list",
    },
)

__all__ = ["PeoplePersons", "AsyncPeoplePersons"]

_PERSONS_INFOS: Endpoint[PersonInfoList] = Endpoint(
    "POST", "/person/infos", kind="model", data="PersonInfoList", types=_TYPES, idempotent=True
)


class PeoplePersons(SyncResource):
    """Operations under `client.people.persons`."""

    def infos(
        self, *, person_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> PersonInfoList:
        """Get several people.

        Returns the public profiles of the given people. An ID may be a member ID or the
        account ID; unknown IDs are left out.

        HTTP: POST /person/infos

        Args:
            person_ids: People to look up (member IDs or the account ID).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"person_ids": person_ids}
        return self._client.request(_PERSONS_INFOS, args, **options)


class AsyncPeoplePersons(AsyncResource):
    """Operations under `client.people.persons`."""

    async def infos(
        self, *, person_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> PersonInfoList:
        """Get several people: the awaitable `PeoplePersons.infos`, documented there."""
        args = {"person_ids": person_ids}
        return await self._client.request(_PERSONS_INFOS, args, **options)
