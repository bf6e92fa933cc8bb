"""`client.people.app_keys`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.app_key import AppKey
    from ..types.defs.app_key_created import AppKeyCreated
    from ..types.defs.app_key_page import AppKeyPage

_TYPES = TypeNames(
    __name__,
    {
        "AppKey": "defs.app_key",
        "AppKeyCreated": "defs.app_key_created",
        "AppKeyPage": "defs.app_key_page",
    },
)

__all__ = ["PeopleAppKeys", "AsyncPeopleAppKeys"]

_APP_KEYS_LIST: Endpoint[AppKeyPage] = Endpoint(
    "POST",
    "/person/app-key/list",
    kind="page",
    data="AppKeyPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_APP_KEYS_CREATE: Endpoint[AppKeyCreated] = Endpoint(
    "POST", "/person/app-key/create", kind="model", data="AppKeyCreated", types=_TYPES
)
_APP_KEYS_DELETE: Endpoint[None] = Endpoint("POST", "/person/app-key/delete", kind="none")
_APP_KEYS_ENABLE: Endpoint[None] = Endpoint("POST", "/person/app-key/enable", kind="none")
_APP_KEYS_DISABLE: Endpoint[None] = Endpoint("POST", "/person/app-key/disable", kind="none")
_APP_KEYS_UPDATE_NAME: Endpoint[None] = Endpoint("POST", "/person/app-key/name/reset", kind="none")


class PeopleAppKeys(SyncResource):
    """Operations under `client.people.app_keys`."""

    def list(
        self,
        *,
        p: int,
        limit: int,
        orderby: str,
        asc: bool,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AppKey, AppKeyPage]:
        """List personal APP keys.

        Lists the personal APP keys the account owner created, for the owner or for the
        member given in `person_id`; secrets are never included. Only the account owner
        may call it. Known only from the legacy reference, which shows the payload as a
        single key; this spec reads it as a page of keys.

        HTTP: POST /person/app-key/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 20.
            orderby: Field to sort on, `created_at` or `updated_at`.
            asc: Ascending order when true.
            person_id: Member whose keys to list; the owner's own keys when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"p": p, "limit": limit, "orderby": orderby, "asc": asc, "person_id": person_id}
        return sync_page(self._client, _APP_KEYS_LIST, args, options)

    def create(
        self,
        *,
        key_name: str,
        is_enabled: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AppKeyCreated:
        """Create a personal APP key.

        Creates an APP key that carries one member's identity and full permissions -
        useful when automation should, say, acknowledge incidents on that member's
        behalf. Only the account owner may call it. Each member can hold up to 5 such
        keys, none of which the member can see. This response is the only place the
        secret appears; keep it somewhere safe and replace it regularly. Known only from
        the legacy reference.

        HTTP: POST /person/app-key/create

        Args:
            key_name: Name of the key.
            is_enabled: Enable the key straight away.
            person_id: Member the key acts as; the owner when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"key_name": key_name, "is_enabled": is_enabled, "person_id": person_id}
        return self._client.request(_APP_KEYS_CREATE, args, **options)

    def delete(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a personal APP key.

        Deletes a personal APP key the account owner created; calls made with it fail
        from then on. Only the account owner may call it. The legacy reference also
        requires a second-factor code in the `Flashcat-Mfa-Code` and
        `Flashcat-Mfa-Device` headers, which this spec does not model.

        HTTP: POST /person/app-key/delete

        Args:
            key_id: Key to delete.
            person_id: Member the key belongs to; the owner when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"key_id": key_id, "person_id": person_id}
        return self._client.request(_APP_KEYS_DELETE, args, **options)

    def enable(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a personal APP key.

        Turns a disabled personal APP key back on. Only the account owner may call it.
        The legacy reference also requires a second-factor code in the
        `Flashcat-Mfa-Code` and `Flashcat-Mfa-Device` headers, which this spec does not
        model.

        HTTP: POST /person/app-key/enable

        Args:
            key_id: Key to enable.
            person_id: Member the key belongs to; the owner when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"key_id": key_id, "person_id": person_id}
        return self._client.request(_APP_KEYS_ENABLE, args, **options)

    def disable(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a personal APP key.

        Turns a personal APP key off without deleting it; calls made with it fail until
        it is enabled again. Only the account owner may call it. The legacy reference
        also requires a second-factor code in the `Flashcat-Mfa-Code` and
        `Flashcat-Mfa-Device` headers, which this spec does not model.

        HTTP: POST /person/app-key/disable

        Args:
            key_id: Key to disable.
            person_id: Member the key belongs to; the owner when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"key_id": key_id, "person_id": person_id}
        return self._client.request(_APP_KEYS_DISABLE, args, **options)

    def update_name(
        self,
        *,
        key_id: int,
        key_name: str,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Rename a personal APP key.

        Gives a personal APP key a new name; the secret is unchanged. Only the account
        owner may call it. Known only from the legacy reference.

        HTTP: POST /person/app-key/name/reset

        Args:
            key_id: Key to rename.
            key_name: New name.
            person_id: Member the key belongs to; the owner when omitted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"key_id": key_id, "key_name": key_name, "person_id": person_id}
        return self._client.request(_APP_KEYS_UPDATE_NAME, args, **options)


class AsyncPeopleAppKeys(AsyncResource):
    """Operations under `client.people.app_keys`."""

    def list(
        self,
        *,
        p: int,
        limit: int,
        orderby: str,
        asc: bool,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AppKey, AppKeyPage]:
        """List personal APP keys: the awaitable `PeopleAppKeys.list`, documented there."""
        args = {"p": p, "limit": limit, "orderby": orderby, "asc": asc, "person_id": person_id}
        return AsyncPager(self._client, _APP_KEYS_LIST, args, options)

    async def create(
        self,
        *,
        key_name: str,
        is_enabled: bool | Omit = OMIT,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AppKeyCreated:
        """Create a personal APP key: the awaitable `PeopleAppKeys.create`, documented there."""
        args = {"key_name": key_name, "is_enabled": is_enabled, "person_id": person_id}
        return await self._client.request(_APP_KEYS_CREATE, args, **options)

    async def delete(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a personal APP key: the awaitable `PeopleAppKeys.delete`, documented there."""
        args = {"key_id": key_id, "person_id": person_id}
        return await self._client.request(_APP_KEYS_DELETE, args, **options)

    async def enable(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a personal APP key: the awaitable `PeopleAppKeys.enable`, documented there."""
        args = {"key_id": key_id, "person_id": person_id}
        return await self._client.request(_APP_KEYS_ENABLE, args, **options)

    async def disable(
        self, *, key_id: int, person_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a personal APP key: the awaitable `PeopleAppKeys.disable`, documented there."""
        args = {"key_id": key_id, "person_id": person_id}
        return await self._client.request(_APP_KEYS_DISABLE, args, **options)

    async def update_name(
        self,
        *,
        key_id: int,
        key_name: str,
        person_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Rename a personal APP key: the awaitable `PeopleAppKeys.update_name`, documented there."""
        args = {"key_id": key_id, "key_name": key_name, "person_id": person_id}
        return await self._client.request(_APP_KEYS_UPDATE_NAME, args, **options)
