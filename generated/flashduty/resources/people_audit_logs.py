"""`client.people.audit_logs`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.audit_log import AuditLog
    from ..types.defs.audit_log_page import AuditLogPage
    from ..types.defs.audit_operation_list import AuditOperationList

_TYPES = TypeNames(
    __name__,
    {
        "AuditLog": "defs.audit_log",
        "AuditLogPage": "defs.audit_log_page",
        "AuditOperationList": "defs.audit_operation_list",
    },
)

__all__ = ["PeopleAuditLogs", "AsyncPeopleAuditLogs"]

_AUDIT_LOGS_SEARCH: Endpoint[AuditLogPage] = Endpoint(
    "POST",
    "/audit/search",
    kind="page",
    data="AuditLogPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="docs"),
)
_AUDIT_LOGS_LIST_OPERATIONS: Endpoint[AuditOperationList] = Endpoint(
    "POST",
    "/audit/operation/list",
    kind="model",
    data="AuditOperationList",
    types=_TYPES,
    idempotent=True,
)


class PeopleAuditLogs(SyncResource):
    """Operations under `client.people.audit_logs`."""

    def search(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        operations: SequenceNotStr[str] | Omit = OMIT,
        person_id: int | Omit = OMIT,
        is_dangerous: bool | Omit = OMIT,
        is_write: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditLog, AuditLogPage]:
        """Search audit logs.

        Returns audit log entries of a time window of at most 90 days, newest first,
        walking pages with the `search_after_ctx` cursor. Entries older than the
        account's retention period are silently missing.

        Permission: Audit Read.
        HTTP: POST /audit/search

        Args:
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds; after `start_time`,
                by 90 days at most. An aware `datetime` is accepted too.
            limit: Page size, at most 99.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            request_id: Only the entry of this request ID.
            operations: Only these operations, by the names
                `people.audit_logs.list_operations` returns.
            person_id: Only actions of this member.
            is_dangerous: Only high-risk operations when true.
            is_write: Only changes when true, only reads when false.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "request_id": request_id,
            "operations": operations,
            "person_id": person_id,
            "is_dangerous": is_dangerous,
            "is_write": is_write,
        }
        return sync_page(self._client, _AUDIT_LOGS_SEARCH, args, options)

    def list_operations(self, **options: Unpack[RequestOptions]) -> AuditOperationList:
        """List audited operation kinds.

        Returns every kind of operation the audit log records; their `name` values are
        what `people.audit_logs.search` accepts in `operations`.

        Permission: Audit Read.
        HTTP: POST /audit/operation/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_AUDIT_LOGS_LIST_OPERATIONS, args, **options)


class AsyncPeopleAuditLogs(AsyncResource):
    """Operations under `client.people.audit_logs`."""

    def search(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        request_id: str | Omit = OMIT,
        operations: SequenceNotStr[str] | Omit = OMIT,
        person_id: int | Omit = OMIT,
        is_dangerous: bool | Omit = OMIT,
        is_write: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AuditLog, AuditLogPage]:
        """Search audit logs: the awaitable `PeopleAuditLogs.search`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "request_id": request_id,
            "operations": operations,
            "person_id": person_id,
            "is_dangerous": is_dangerous,
            "is_write": is_write,
        }
        return AsyncPager(self._client, _AUDIT_LOGS_SEARCH, args, options)

    async def list_operations(self, **options: Unpack[RequestOptions]) -> AuditOperationList:
        """List audited operation kinds: the awaitable `PeopleAuditLogs.list_operations`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_AUDIT_LOGS_LIST_OPERATIONS, args, **options)
