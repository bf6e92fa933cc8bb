"""`client.pets`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, FileInput, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .pets_toys import PetsToys, AsyncPetsToys
    from ..types.defs.pet import Pet
    from ..types.defs.pet_page import PetPage

_TYPES = TypeNames(
    __name__,
    {
        "Pet": "defs.pet",
        "PetPage": "defs.pet_page",
    },
)

__all__ = ["Pets", "AsyncPets"]

_INFO: Endpoint[Pet] = Endpoint(
    "POST", "/pet/info", kind="model", data="Pet", types=_TYPES, idempotent=True
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
    data=lambda: str,
    types=_TYPES,
    idempotent=True,
    query=("pet_id", "large"),
)
_EXPORT: Endpoint[bytes] = Endpoint("POST", "/pet/export", kind="bytes", idempotent=True)
_UPLOAD_PHOTO: Endpoint[None] = Endpoint(
    "POST", "/pet/upload", kind="none", files=("file",), multipart=True
)
_IMPORT: Endpoint[None] = Endpoint(
    "POST", "/pet/import", kind="none", types=_TYPES, models={"pets": ("Pet", "l")}, root="pets"
)


class Pets(SyncResource):
    """Operations under `client.pets`."""

    @cached_property
    def toys(self) -> PetsToys:
        from .pets_toys import PetsToys

        return PetsToys(self._client)

    def info(self, *, pet_id: int, **options: Unpack[RequestOptions]) -> Pet:
        """Get a pet.

        Returns one pet.

        HTTP: POST /pet/info

        Args:
            pet_id: The pet.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pet_id": pet_id}
        return self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        kind: Literal["cat", "dog"] | EnumValue | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Pet, PetPage]:
        """List pets.

        Pages through pets.

        HTTP: POST /pet/list

        Args:
            kind: What the pet is.
            p: See the API reference.
            limit: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"kind": kind, "p": p, "limit": limit}
        return sync_page(self._client, _LIST, args, options)

    def photo_url(
        self, *, pet_id: int, large: bool | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> str:
        """Photo address.

        Where the pet's photo lives.

        HTTP: GET /pet/photo

        Args:
            pet_id: See the API reference.
            large: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pet_id": pet_id, "large": large}
        return self._client.request(_PHOTO_URL, args, **options)

    def export(
        self,
        *,
        kind: Literal["cat", "dog"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export pets.

        Downloads every pet as CSV.

        HTTP: POST /pet/export

        Args:
            kind: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {"kind": kind}
        return self._client.request(_EXPORT, args, **options)

    def upload_photo(
        self, *, pet_id: int, file: FileInput, **options: Unpack[RequestOptions]
    ) -> None:
        """Upload a photo.

        Stores a photo of the pet.

        HTTP: POST /pet/upload

        Args:
            pet_id: See the API reference.
            file: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pet_id": pet_id, "file": file}
        return self._client.request(_UPLOAD_PHOTO, args, **options)

    def import_(
        self, *, pets: SequenceNotStr[Pet | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> None:
        """Import pets.

        Creates pets from a list.

        HTTP: POST /pet/import

        Args:
            pets: The request body, a list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pets": pets}
        return self._client.request(_IMPORT, args, **options)


class AsyncPets(AsyncResource):
    """Operations under `client.pets`."""

    @cached_property
    def toys(self) -> AsyncPetsToys:
        from .pets_toys import AsyncPetsToys

        return AsyncPetsToys(self._client)

    async def info(self, *, pet_id: int, **options: Unpack[RequestOptions]) -> Pet:
        """Get a pet: the awaitable `Pets.info`, documented there."""
        args = {"pet_id": pet_id}
        return await self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        kind: Literal["cat", "dog"] | EnumValue | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Pet, PetPage]:
        """List pets: the awaitable `Pets.list`, documented there."""
        args = {"kind": kind, "p": p, "limit": limit}
        return AsyncPager(self._client, _LIST, args, options)

    async def photo_url(
        self, *, pet_id: int, large: bool | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> str:
        """Photo address: the awaitable `Pets.photo_url`, documented there."""
        args = {"pet_id": pet_id, "large": large}
        return await self._client.request(_PHOTO_URL, args, **options)

    async def export(
        self,
        *,
        kind: Literal["cat", "dog"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export pets: the awaitable `Pets.export`, documented there."""
        args = {"kind": kind}
        return await self._client.request(_EXPORT, args, **options)

    async def upload_photo(
        self, *, pet_id: int, file: FileInput, **options: Unpack[RequestOptions]
    ) -> None:
        """Upload a photo: the awaitable `Pets.upload_photo`, documented there."""
        args = {"pet_id": pet_id, "file": file}
        return await self._client.request(_UPLOAD_PHOTO, args, **options)

    async def import_(
        self, *, pets: SequenceNotStr[Pet | Mapping[str, Any]], **options: Unpack[RequestOptions]
    ) -> None:
        """Import pets: the awaitable `Pets.import_`, documented there."""
        args = {"pets": pets}
        return await self._client.request(_IMPORT, args, **options)
