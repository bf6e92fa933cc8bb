"""The `pets` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.pet import Pet
    from ..types.defs.pet_page import PetPage
    from ..types.defs.toy import Toy

_TYPES = TypeNames(
    __name__,
    {
        "Pet": "defs.pet",
        "PetPage": "defs.pet_page",
        "Toy": "defs.toy",
    },
)

__all__ = ["Pets", "AsyncPets", "PetsToys", "AsyncPetsToys"]

_INFO: Endpoint[Pet] = Endpoint(
    "POST",
    "/pet/info",
    kind="model",
    data="Pet",
    types=_TYPES,
    idempotent=True,
)
_LIST: Endpoint[PetPage] = Endpoint(
    "POST",
    "/pet/list",
    kind="page",
    data="PetPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_PHOTO_URL: Endpoint[str] = Endpoint(
    "GET",
    "/pet/photo",
    kind="value",
    data="str",
    types=_TYPES,
    idempotent=True,
    query=("pet_id", "large"),
)
_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/pet/export",
    kind="bytes",
    idempotent=True,
)
_UPLOAD_PHOTO: Endpoint[None] = Endpoint(
    "POST",
    "/pet/upload",
    kind="none",
    files=("file",),
    multipart=True,
)
_TOYS_CREATE: Endpoint[None] = Endpoint(
    "POST",
    "/pet/toy/create",
    kind="none",
    models={"toys": ("Toy", "l"), "by_name": ("Toy", "m")},
    types=_TYPES,
)


class PetsToys(SyncResource):
    """Operations under `client.pets.toys`."""

    @deprecated("pets.toys.create is deprecated; see its docstring for the replacement")
    def create(
        self,
        *,
        pet_id: int,
        toys: List[Toy | Dict[str, Any]],
        by_name: Dict[str, Toy | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a toy.

        Adds toys to a pet.

        Deprecated: see the description for what replaces it.

        HTTP: POST /pet/toy/create

        Args:
            pet_id: The pet.
            toys: The toys.
            by_name: Toys by name.
        """
        return self._client.request(
            _TOYS_CREATE,
            {"pet_id": pet_id, "toys": toys, "by_name": by_name},
            timeout,
            max_retries,
            extra_headers,
        )


class Pets(SyncResource):
    """Operations under `client.pets`."""

    @cached_property
    def toys(self) -> PetsToys:
        return PetsToys(self._client)

    def info(
        self,
        *,
        pet_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Pet:
        """Get a pet.

        Returns one pet.

        HTTP: POST /pet/info

        Args:
            pet_id: The pet.
        """
        return self._client.request(_INFO, {"pet_id": pet_id}, timeout, max_retries, extra_headers)

    def list(
        self,
        *,
        kind: Literal["cat", "dog"] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Pet]:
        """List pets.

        Pages through pets.

        HTTP: POST /pet/list

        Args:
            kind: What the pet is.
            p: See the API reference.
            limit: See the API reference.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(self._client, _LIST, {"kind": kind, "p": p, "limit": limit}, options)

    def photo_url(
        self,
        *,
        pet_id: int,
        large: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> str:
        """Photo address.

        Where the pet's photo lives.

        HTTP: GET /pet/photo

        Args:
            pet_id: See the API reference.
            large: See the API reference.
        """
        return self._client.request(
            _PHOTO_URL, {"pet_id": pet_id, "large": large}, timeout, max_retries, extra_headers
        )

    def export(
        self,
        *,
        kind: Literal["cat", "dog"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export pets.

        Downloads every pet as CSV.

        HTTP: POST /pet/export

        Args:
            kind: See the API reference.
        """
        return self._client.request(_EXPORT, {"kind": kind}, timeout, max_retries, extra_headers)

    def upload_photo(
        self,
        *,
        pet_id: int,
        file: FileInput,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Upload a photo.

        Stores a photo of the pet.

        HTTP: POST /pet/upload

        Args:
            pet_id: See the API reference.
            file: See the API reference.
        """
        return self._client.request(
            _UPLOAD_PHOTO, {"pet_id": pet_id, "file": file}, timeout, max_retries, extra_headers
        )


class AsyncPetsToys(AsyncResource):
    """Operations under `client.pets.toys`."""

    @deprecated("pets.toys.create is deprecated; see its docstring for the replacement")
    async def create(
        self,
        *,
        pet_id: int,
        toys: List[Toy | Dict[str, Any]],
        by_name: Dict[str, Toy | Dict[str, Any]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Give a toy: the awaitable `PetsToys.create`, documented there."""
        return await self._client.request(
            _TOYS_CREATE,
            {"pet_id": pet_id, "toys": toys, "by_name": by_name},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncPets(AsyncResource):
    """Operations under `client.pets`."""

    @cached_property
    def toys(self) -> AsyncPetsToys:
        return AsyncPetsToys(self._client)

    async def info(
        self,
        *,
        pet_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Pet:
        """Get a pet: the awaitable `Pets.info`, documented there."""
        return await self._client.request(
            _INFO, {"pet_id": pet_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        kind: Literal["cat", "dog"] | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Pet]:
        """List pets: the awaitable `Pets.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(self._client, _LIST, {"kind": kind, "p": p, "limit": limit}, options)

    async def photo_url(
        self,
        *,
        pet_id: int,
        large: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> str:
        """Photo address: the awaitable `Pets.photo_url`, documented there."""
        return await self._client.request(
            _PHOTO_URL, {"pet_id": pet_id, "large": large}, timeout, max_retries, extra_headers
        )

    async def export(
        self,
        *,
        kind: Literal["cat", "dog"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export pets: the awaitable `Pets.export`, documented there."""
        return await self._client.request(
            _EXPORT, {"kind": kind}, timeout, max_retries, extra_headers
        )

    async def upload_photo(
        self,
        *,
        pet_id: int,
        file: FileInput,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Upload a photo: the awaitable `Pets.upload_photo`, documented there."""
        return await self._client.request(
            _UPLOAD_PHOTO, {"pet_id": pet_id, "file": file}, timeout, max_retries, extra_headers
        )
