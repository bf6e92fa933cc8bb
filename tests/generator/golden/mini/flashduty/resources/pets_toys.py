"""`client.pets.toys`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from ..types.defs.toy import Toy
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "Toy": "defs.toy",
    },
)

__all__ = ["PetsToys", "AsyncPetsToys"]

_TOYS_CREATE: Endpoint[None] = Endpoint(
    "POST",
    "/pet/toy/create",
    kind="none",
    types=_TYPES,
    models={"toys": ("Toy", "l"), "by_name": ("Toy", "m")},
)


class PetsToys(SyncResource):
    """Operations under `client.pets.toys`."""

    @deprecated("pets.toys.create is deprecated; use client.pets.info instead")
    def create(
        self,
        *,
        pet_id: int,
        toys: SequenceNotStr[Toy | Mapping[str, Any]],
        by_name: Mapping[str, Toy | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Give a toy.

        Adds toys to a pet.

        Deprecated: use `client.pets.info` instead.

        HTTP: POST /pet/toy/create

        Args:
            pet_id: The pet.
            toys: The toys.
            by_name: Toys by name.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pet_id": pet_id, "toys": toys, "by_name": by_name}
        return self._client.request(_TOYS_CREATE, args, **options)


class AsyncPetsToys(AsyncResource):
    """Operations under `client.pets.toys`."""

    @deprecated("pets.toys.create is deprecated; use client.pets.info instead")
    async def create(
        self,
        *,
        pet_id: int,
        toys: SequenceNotStr[Toy | Mapping[str, Any]],
        by_name: Mapping[str, Toy | Mapping[str, Any]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Give a toy: the awaitable `PetsToys.create`, documented there."""
        args = {"pet_id": pet_id, "toys": toys, "by_name": by_name}
        return await self._client.request(_TOYS_CREATE, args, **options)
