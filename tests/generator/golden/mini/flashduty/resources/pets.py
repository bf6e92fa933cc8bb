"""`client.pets`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from .pets_toys import PetsToys, AsyncPetsToys
    from ..types.defs.pet import Pet
    from ..types.defs.pet_page import PetPage
else:
    from .._deprecation import deprecated

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
    data="str",
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

    def import_(
        self,
        *,
        pets: List[Pet | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Import pets.

        Creates pets from a list.

        HTTP: POST /pet/import

        Args:
            pets: The request body, a list.
        """
        return self._client.request(_IMPORT, {"pets": pets}, timeout, max_retries, extra_headers)


class AsyncPets(AsyncResource):
    """Operations under `client.pets`."""

    @cached_property
    def toys(self) -> AsyncPetsToys:
        from .pets_toys import AsyncPetsToys

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

    async def import_(
        self,
        *,
        pets: List[Pet | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Import pets: the awaitable `Pets.import_`, documented there."""
        return await self._client.request(
            _IMPORT, {"pets": pets}, timeout, max_retries, extra_headers
        )
