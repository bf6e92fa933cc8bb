"""`client.rum.error_ingestion_rules.history`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_error_ingestion_history_page import RumErrorIngestionHistoryPage

_TYPES = TypeNames(
    __name__,
    {
        "RumErrorIngestionHistoryPage": "defs.rum_error_ingestion_history_page",
    },
)

__all__ = ["RumErrorIngestionRulesHistory", "AsyncRumErrorIngestionRulesHistory"]

_ERROR_INGESTION_RULES_HISTORY_LIST: Endpoint[RumErrorIngestionHistoryPage] = Endpoint(
    "POST",
    "/rum/error-ingestion/rules/history/list",
    kind="model",
    data="RumErrorIngestionHistoryPage",
    types=_TYPES,
    idempotent=True,
)
_ERROR_INGESTION_RULES_HISTORY_REVERT: Endpoint[None] = Endpoint(
    "POST", "/rum/error-ingestion/rules/history/revert", kind="none", limits=(20, 300)
)


class RumErrorIngestionRulesHistory(SyncResource):
    """Operations under `client.rum.error_ingestion_rules.history`."""

    def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumErrorIngestionHistoryPage:
        """List versions of the error ingestion rules.

        Each entry is the whole rule set of the application as it was before one change,
        not a diff. Pages are counted from 0 (`p`); `limit` is at most 100; `orderby` is
        `updated_at` (also used for any other value) or `version`.

        HTTP: POST /rum/error-ingestion/rules/history/list

        Args:
            application_id: See the API reference.
            p: See the API reference.
            limit: See the API reference.
            orderby: See the API reference.
            asc: See the API reference.
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
        return self._client.request(_ERROR_INGESTION_RULES_HISTORY_LIST, args, **options)

    def revert(
        self, *, application_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Go back to an earlier version of the error ingestion rules.

        Replaces every rule of the application with the given version; rules created
        since are dropped. The current rules are saved as a version first, so a revert
        can be undone. An unknown `version` gives `InvalidParameter`.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/history/revert

        Args:
            application_id: See the API reference.
            version: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "version": version}
        return self._client.request(_ERROR_INGESTION_RULES_HISTORY_REVERT, args, **options)


class AsyncRumErrorIngestionRulesHistory(AsyncResource):
    """Operations under `client.rum.error_ingestion_rules.history`."""

    async def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumErrorIngestionHistoryPage:
        """List versions of the error ingestion rules: the awaitable `RumErrorIngestionRulesHistory.list`, documented there."""
        args = {
            "application_id": application_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return await self._client.request(_ERROR_INGESTION_RULES_HISTORY_LIST, args, **options)

    async def revert(
        self, *, application_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Go back to an earlier version of the error ingestion rules: the awaitable `RumErrorIngestionRulesHistory.revert`, documented there."""
        args = {"application_id": application_id, "version": version}
        return await self._client.request(_ERROR_INGESTION_RULES_HISTORY_REVERT, args, **options)
