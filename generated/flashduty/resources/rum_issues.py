"""`client.rum.issues`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_issue import RumIssue
    from ..types.defs.rum_issue_page import RumIssuePage

_TYPES = TypeNames(
    __name__,
    {
        "RumIssue": "defs.rum_issue",
        "RumIssuePage": "defs.rum_issue_page",
    },
)

__all__ = ["RumIssues", "AsyncRumIssues"]

_ISSUES_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/rum/issue/export",
    kind="bytes",
    idempotent=True,
    times={"start_time": 1000, "end_time": 1000},
)
_ISSUES_INFO: Endpoint[RumIssue] = Endpoint(
    "POST", "/rum/issue/info", kind="model", data="RumIssue", types=_TYPES, idempotent=True
)
_ISSUES_LIST: Endpoint[RumIssuePage] = Endpoint(
    "POST",
    "/rum/issue/list",
    kind="page",
    data="RumIssuePage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1000, "end_time": 1000},
    paging=Paging(items="items", page="p"),
)
_ISSUES_UPDATE: Endpoint[None] = Endpoint("POST", "/rum/issue/update", kind="none")


class RumIssues(SyncResource):
    """Operations under `client.rum.issues`."""

    def export(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        application_ids: SequenceNotStr[str] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        statuses: (
            SequenceNotStr[Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "session_count", "error_count", "severity"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        export_fields: SequenceNotStr[str] | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        console_origin: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export issues as CSV.

        Writes the issues matching the same filters as `rum.issues.list` to a CSV file
        (at most 100 rows) with the columns named in `export_fields`, in that order. The
        answer is the file, not a JSON envelope; the `X-Export-Total` header gives the
        matches before the cap and `X-Export-Truncated` says whether rows were left out.
        Known from the newest catalog: the request fields are those of its example plus
        the list filters.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /rum/issue/export

        Args:
            start_time: Start of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            end_time: End of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            application_ids: Only issues of these applications.
            team_ids: Only issues of applications owned by these teams.
            statuses: Only issues in these states.
            dql: Search expression in DQL; not together with `sql`.
            sql: Body of an SQL WHERE clause; not together with `dql`.
            orderby: Field to sort the rows on.
            asc: Ascending order when true.
            export_fields: Columns of the file, in order, such as `issue_id`, `status`,
                `last_seen_at`.
            time_zone: Time zone of the time columns, such as `Asia/Shanghai`.
            console_origin: Console address used to build links to the issues in the
                file.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "application_ids": application_ids,
            "team_ids": team_ids,
            "statuses": statuses,
            "dql": dql,
            "sql": sql,
            "orderby": orderby,
            "asc": asc,
            "export_fields": export_fields,
            "time_zone": time_zone,
            "console_origin": console_origin,
        }
        return self._client.request(_ISSUES_EXPORT, args, **options)

    def info(self, *, issue_id: str, **options: Unpack[RequestOptions]) -> RumIssue:
        """Get one issue.

        Returns an error-tracking issue with its counts, first and last occurrence and
        suspected cause.

        HTTP: POST /rum/issue/info

        Args:
            issue_id: Issue ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"issue_id": issue_id}
        return self._client.request(_ISSUES_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        application_ids: SequenceNotStr[str] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        statuses: (
            SequenceNotStr[Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue]
            | Omit
        ) = OMIT,
        suspected_causes: (
            SequenceNotStr[
                Literal[
                    "api.failed_request",
                    "network.error",
                    "code.exception",
                    "code.invalid_object_access",
                    "code.invalid_argument",
                    "unknown",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        error_required: bool | Omit = OMIT,
        by_intersection: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "session_count", "error_count", "severity"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[RumIssue, RumIssuePage]:
        """List issues.

        Lists error-tracking issues created in a window of at most 183 days (Unix
        milliseconds), filtered by application, team, status or suspected cause, a page
        at a time. For finer filters give `dql` or `sql`, not both.

        HTTP: POST /rum/issue/list

        Args:
            start_time: Start of the window, Unix milliseconds. An aware `datetime` is
                accepted too.
            end_time: End of the window, Unix milliseconds; at most 183 days after
                `start_time`. An aware `datetime` is accepted too.
            application_ids: Only issues of these applications.
            team_ids: Only issues of applications owned by these teams.
            statuses: Only issues in these states.
            suspected_causes: Only issues with these suspected causes.
            dql: Search expression in DQL; cannot be combined with `sql`.
            sql: Filter as the body of an SQL WHERE clause, e.g. `env = 'production'`
                (no SELECT, ORDER, GROUP or LIMIT); cannot be combined with `dql`.
            error_required: Only issues whose first error has already been stored when
                true.
            by_intersection: When true, match issues active during the window (created
                before `end_time` and last seen after `start_time`) instead of issues
                created inside it.
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on.
            asc: Ascending order when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "application_ids": application_ids,
            "team_ids": team_ids,
            "statuses": statuses,
            "suspected_causes": suspected_causes,
            "dql": dql,
            "sql": sql,
            "error_required": error_required,
            "by_intersection": by_intersection,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return sync_page(self._client, _ISSUES_LIST, args, options)

    def update(
        self,
        *,
        issue_id: str,
        status: Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue | Omit = OMIT,
        suspected_cause: (
            Literal[
                "api.failed_request",
                "network.error",
                "code.exception",
                "code.invalid_object_access",
                "code.invalid_argument",
                "unknown",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an issue.

        Sets an issue's status, its suspected cause, or both. Resolving it records who
        resolved it and when; moving it out of `resolved` clears that.

        HTTP: POST /rum/issue/update

        Args:
            issue_id: Issue to change.
            status: New status.
            suspected_cause: New suspected cause.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"issue_id": issue_id, "status": status, "suspected_cause": suspected_cause}
        return self._client.request(_ISSUES_UPDATE, args, **options)


class AsyncRumIssues(AsyncResource):
    """Operations under `client.rum.issues`."""

    async def export(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        application_ids: SequenceNotStr[str] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        statuses: (
            SequenceNotStr[Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "session_count", "error_count", "severity"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        export_fields: SequenceNotStr[str] | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        console_origin: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export issues as CSV: the awaitable `RumIssues.export`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "application_ids": application_ids,
            "team_ids": team_ids,
            "statuses": statuses,
            "dql": dql,
            "sql": sql,
            "orderby": orderby,
            "asc": asc,
            "export_fields": export_fields,
            "time_zone": time_zone,
            "console_origin": console_origin,
        }
        return await self._client.request(_ISSUES_EXPORT, args, **options)

    async def info(self, *, issue_id: str, **options: Unpack[RequestOptions]) -> RumIssue:
        """Get one issue: the awaitable `RumIssues.info`, documented there."""
        args = {"issue_id": issue_id}
        return await self._client.request(_ISSUES_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        application_ids: SequenceNotStr[str] | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        statuses: (
            SequenceNotStr[Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue]
            | Omit
        ) = OMIT,
        suspected_causes: (
            SequenceNotStr[
                Literal[
                    "api.failed_request",
                    "network.error",
                    "code.exception",
                    "code.invalid_object_access",
                    "code.invalid_argument",
                    "unknown",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        error_required: bool | Omit = OMIT,
        by_intersection: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["created_at", "updated_at", "session_count", "error_count", "severity"]
            | EnumValue
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[RumIssue, RumIssuePage]:
        """List issues: the awaitable `RumIssues.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "application_ids": application_ids,
            "team_ids": team_ids,
            "statuses": statuses,
            "suspected_causes": suspected_causes,
            "dql": dql,
            "sql": sql,
            "error_required": error_required,
            "by_intersection": by_intersection,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return AsyncPager(self._client, _ISSUES_LIST, args, options)

    async def update(
        self,
        *,
        issue_id: str,
        status: Literal["for_review", "reviewed", "ignored", "resolved"] | EnumValue | Omit = OMIT,
        suspected_cause: (
            Literal[
                "api.failed_request",
                "network.error",
                "code.exception",
                "code.invalid_object_access",
                "code.invalid_argument",
                "unknown",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an issue: the awaitable `RumIssues.update`, documented there."""
        args = {"issue_id": issue_id, "status": status, "suspected_cause": suspected_cause}
        return await self._client.request(_ISSUES_UPDATE, args, **options)
