"""`client.rum.remote_config.history`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_remote_config_history_page import RumRemoteConfigHistoryPage
    from ..types.defs.rum_remote_config_version_ref import RumRemoteConfigVersionRef

_TYPES = TypeNames(
    __name__,
    {
        "RumRemoteConfigHistoryPage": "defs.rum_remote_config_history_page",
        "RumRemoteConfigVersionRef": "defs.rum_remote_config_version_ref",
    },
)

__all__ = ["RumRemoteConfigHistory", "AsyncRumRemoteConfigHistory"]

_REMOTE_CONFIG_HISTORY_LIST: Endpoint[RumRemoteConfigHistoryPage] = Endpoint(
    "POST",
    "/rum/application/remote-config/history/list",
    kind="model",
    data="RumRemoteConfigHistoryPage",
    types=_TYPES,
    idempotent=True,
)
_REMOTE_CONFIG_HISTORY_REVERT: Endpoint[RumRemoteConfigVersionRef] = Endpoint(
    "POST",
    "/rum/application/remote-config/history/revert",
    kind="model",
    data="RumRemoteConfigVersionRef",
    types=_TYPES,
    limits=(20, 300),
)


class RumRemoteConfigHistory(SyncResource):
    """Operations under `client.rum.remote_config.history`."""

    def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigHistoryPage:
        """List the published versions of a remote configuration.

        Lists earlier versions, newest first unless `orderby`/`asc` say otherwise.
        Versions with the same content share `content_hash`. Pages count from 0 (`p`).
        Known from the newest catalog; shapes read from its examples.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /rum/application/remote-config/history/list

        Args:
            application_id: The RUM application.
            p: Page number, counted from 0.
            limit: Versions per page.
            orderby: Sort field, such as `updated_at`.
            asc: Oldest first when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return self._client.request(_REMOTE_CONFIG_HISTORY_LIST, args, **options)

    def revert(
        self,
        *,
        application_id: str,
        version: int,
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigVersionRef:
        """Publish an earlier remote configuration again.

        Takes the content of an earlier version and publishes it as a new version; the
        history itself is never rewritten. Known from the newest catalog; shapes read
        from its examples.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Applications Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/application/remote-config/history/revert

        Args:
            application_id: The RUM application.
            version: The earlier version whose content to publish.
            reason: Why; shown in the history.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "version": version, "reason": reason}
        return self._client.request(_REMOTE_CONFIG_HISTORY_REVERT, args, **options)


class AsyncRumRemoteConfigHistory(AsyncResource):
    """Operations under `client.rum.remote_config.history`."""

    async def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigHistoryPage:
        """List the published versions of a remote configuration: the awaitable `RumRemoteConfigHistory.list`, documented there."""
        args = {
            "application_id": application_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return await self._client.request(_REMOTE_CONFIG_HISTORY_LIST, args, **options)

    async def revert(
        self,
        *,
        application_id: str,
        version: int,
        reason: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumRemoteConfigVersionRef:
        """Publish an earlier remote configuration again: the awaitable `RumRemoteConfigHistory.revert`, documented there."""
        args = {"application_id": application_id, "version": version, "reason": reason}
        return await self._client.request(_REMOTE_CONFIG_HISTORY_REVERT, args, **options)
