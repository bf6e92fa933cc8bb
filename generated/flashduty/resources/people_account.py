"""`client.people.account`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.account import Account

_TYPES = TypeNames(
    __name__,
    {
        "Account": "defs.account",
    },
)

__all__ = ["PeopleAccount", "AsyncPeopleAccount"]

_ACCOUNT_INFO: Endpoint[Account] = Endpoint(
    "POST", "/account/info", kind="model", data="Account", types=_TYPES, idempotent=True
)


class PeopleAccount(SyncResource):
    """Operations under `client.people.account`."""

    def info(self, **options: Unpack[RequestOptions]) -> Account:
        """Get the account.

        Reads the account the key belongs to: name, domains, contact details, locale,
        time zone and login restrictions.

        HTTP: POST /account/info

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_ACCOUNT_INFO, args, **options)


class AsyncPeopleAccount(AsyncResource):
    """Operations under `client.people.account`."""

    async def info(self, **options: Unpack[RequestOptions]) -> Account:
        """Get the account: the awaitable `PeopleAccount.info`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_ACCOUNT_INFO, args, **options)
