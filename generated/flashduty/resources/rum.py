"""The `rum` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.rum_application import RumApplication
    from ..types.defs.rum_application_alerting import RumApplicationAlerting
    from ..types.defs.rum_application_created import RumApplicationCreated
    from ..types.defs.rum_application_list import RumApplicationList
    from ..types.defs.rum_application_page import RumApplicationPage
    from ..types.defs.rum_application_tracing import RumApplicationTracing
    from ..types.defs.rum_binary_image import RumBinaryImage
    from ..types.defs.rum_facet_count_list import RumFacetCountList
    from ..types.defs.rum_field_list import RumFieldList
    from ..types.defs.rum_issue import RumIssue
    from ..types.defs.rum_issue_page import RumIssuePage
    from ..types.defs.rum_replay_meta import RumReplayMeta
    from ..types.defs.rum_replay_segment_list import RumReplaySegmentList
    from ..types.defs.rum_sourcemap_list import RumSourcemapList
    from ..types.defs.rum_sql_query import RumSqlQuery
    from ..types.defs.rum_sql_query_result import RumSqlQueryResult
    from ..types.defs.rum_stack_trace import RumStackTrace

_TYPES = TypeNames(
    __name__,
    {
        "RumApplication": "defs.rum_application",
        "RumApplicationAlerting": "defs.rum_application_alerting",
        "RumApplicationCreated": "defs.rum_application_created",
        "RumApplicationList": "defs.rum_application_list",
        "RumApplicationPage": "defs.rum_application_page",
        "RumApplicationTracing": "defs.rum_application_tracing",
        "RumBinaryImage": "defs.rum_binary_image",
        "RumFacetCountList": "defs.rum_facet_count_list",
        "RumFieldList": "defs.rum_field_list",
        "RumIssue": "defs.rum_issue",
        "RumIssuePage": "defs.rum_issue_page",
        "RumReplayMeta": "defs.rum_replay_meta",
        "RumReplaySegmentList": "defs.rum_replay_segment_list",
        "RumSourcemapList": "defs.rum_sourcemap_list",
        "RumSqlQuery": "defs.rum_sql_query",
        "RumSqlQueryResult": "defs.rum_sql_query_result",
        "RumStackTrace": "defs.rum_stack_trace",
    },
)

__all__ = [
    "Rum",
    "AsyncRum",
    "RumApplications",
    "AsyncRumApplications",
    "RumIssues",
    "AsyncRumIssues",
    "RumSourcemaps",
    "AsyncRumSourcemaps",
    "RumData",
    "AsyncRumData",
    "RumFacets",
    "AsyncRumFacets",
    "RumFields",
    "AsyncRumFields",
    "RumSessionReplays",
    "AsyncRumSessionReplays",
]

_APPLICATIONS_CREATE: Endpoint[RumApplicationCreated] = Endpoint(
    "POST",
    "/rum/application/create",
    kind="model",
    data="RumApplicationCreated",
    types=_TYPES,
    models={"alerting": ("RumApplicationAlerting", ""), "tracing": ("RumApplicationTracing", "")},
)
_APPLICATIONS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/application/update",
    kind="none",
    models={"alerting": ("RumApplicationAlerting", ""), "tracing": ("RumApplicationTracing", "")},
    types=_TYPES,
)
_APPLICATIONS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/application/delete",
    kind="none",
)
_APPLICATIONS_INFO: Endpoint[RumApplication] = Endpoint(
    "POST",
    "/rum/application/info",
    kind="model",
    data="RumApplication",
    types=_TYPES,
    idempotent=True,
)
_APPLICATIONS_INFOS: Endpoint[RumApplicationList] = Endpoint(
    "POST",
    "/rum/application/infos",
    kind="model",
    data="RumApplicationList",
    types=_TYPES,
    idempotent=True,
)
_APPLICATIONS_LIST: Endpoint[RumApplicationPage] = Endpoint(
    "POST",
    "/rum/application/list",
    kind="page",
    data="RumApplicationPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_ISSUES_INFO: Endpoint[RumIssue] = Endpoint(
    "POST",
    "/rum/issue/info",
    kind="model",
    data="RumIssue",
    types=_TYPES,
    idempotent=True,
)
_ISSUES_LIST: Endpoint[RumIssuePage] = Endpoint(
    "POST",
    "/rum/issue/list",
    kind="page",
    data="RumIssuePage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_ISSUES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/issue/update",
    kind="none",
)
_SOURCEMAPS_LIST: Endpoint[RumSourcemapList] = Endpoint(
    "POST",
    "/sourcemap/list",
    kind="model",
    data="RumSourcemapList",
    types=_TYPES,
    idempotent=True,
)
_SOURCEMAPS_UPLOAD: Endpoint[None] = Endpoint(
    "POST",
    "/sourcemap/upload",
    kind="none",
    files=("source_map", "minified_file", "jvm_mapping_file"),
    multipart=True,
)
_SOURCEMAPS_ENRICH_STACK: Endpoint[RumStackTrace] = Endpoint(
    "POST",
    "/sourcemap/stack/enrich",
    kind="model",
    data="RumStackTrace",
    types=_TYPES,
    idempotent=True,
    models={"binary_images": ("RumBinaryImage", "l")},
)
_DATA_QUERY: Endpoint[Dict[str, RumSqlQueryResult]] = Endpoint(
    "POST",
    "/rum/data/query",
    kind="value",
    data="Dict[str, RumSqlQueryResult]",
    types=_TYPES,
    idempotent=True,
    models={"queries": ("RumSqlQuery", "l")},
)
_FACETS_COUNT: Endpoint[RumFacetCountList] = Endpoint(
    "POST",
    "/rum/facet/count",
    kind="model",
    data="RumFacetCountList",
    types=_TYPES,
    idempotent=True,
)
_FIELDS_LIST: Endpoint[RumFieldList] = Endpoint(
    "POST",
    "/rum/field/list",
    kind="model",
    data="RumFieldList",
    types=_TYPES,
    idempotent=True,
)
_SESSION_REPLAYS_METADATA: Endpoint[RumReplayMeta] = Endpoint(
    "POST",
    "/rum/session-replay/metadata",
    kind="model",
    data="RumReplayMeta",
    types=_TYPES,
    idempotent=True,
)
_SESSION_REPLAYS_SEGMENTS: Endpoint[RumReplaySegmentList] = Endpoint(
    "POST",
    "/rum/session-replay/segments",
    kind="model",
    data="RumReplaySegmentList",
    types=_TYPES,
    idempotent=True,
)


class RumSessionReplays(SyncResource):
    """Operations under `client.rum.session_replays`."""

    def metadata(
        self,
        *,
        session_id: str,
        ts: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumReplayMeta:
        """Get the outline of a session replay.

        Returns the span, views, foreground periods and device of a recorded session, to
        lay out a replay player. Documented only in the older reference.

        HTTP: POST /rum/session-replay/metadata

        Args:
            session_id: Session ID.
            ts: A time within the session, Unix milliseconds.
        """
        return self._client.request(
            _SESSION_REPLAYS_METADATA,
            {"session_id": session_id, "ts": ts},
            timeout,
            max_retries,
            extra_headers,
        )

    def segments(
        self,
        *,
        session_id: str,
        view_id: str | Omit = OMIT,
        ts: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        url_mode: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumReplaySegmentList:
        """Get session replay segments.

        Returns recorded segments of a session, optionally of one view, from a point in
        time (`ts`) or from a cursor. With `url_mode` each item is a download URL of a
        compressed segment instead of the data. The next-page cursor comes back as
        `search_after_ctx` next to `data` in the response body, not inside it.
        Documented only in the older reference.

        HTTP: POST /rum/session-replay/segments

        Args:
            session_id: Session ID.
            view_id: Only segments of this view.
            ts: Jump to this time, Unix milliseconds - the answer starts at the last
                full snapshot before it. Ignored when `search_after_ctx` is given.
            search_after_ctx: Cursor from the previous call.
            limit: Segments per call, at most 100.
            url_mode: Return download URLs of compressed segments instead of the data
                when true.
        """
        return self._client.request(
            _SESSION_REPLAYS_SEGMENTS,
            {
                "session_id": session_id,
                "view_id": view_id,
                "ts": ts,
                "search_after_ctx": search_after_ctx,
                "limit": limit,
                "url_mode": url_mode,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class RumFields(SyncResource):
    """Operations under `client.rum.fields`."""

    def list(
        self,
        *,
        scopes: (
            List[
                Literal[
                    "session",
                    "long_task",
                    "issues",
                    "error",
                    "resource",
                    "action",
                    "vital",
                    "sourcemap",
                    "view",
                ]
            ]
            | Omit
        ) = OMIT,
        is_facet: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumFieldList:
        """List queryable fields.

        Lists the fields of RUM data that can be queried, facets included, optionally
        only for some kinds of data. Documented only in the older reference.

        HTTP: POST /rum/field/list

        Args:
            scopes: Only fields of these kinds of data; all when omitted.
            is_facet: Only facets when true.
        """
        return self._client.request(
            _FIELDS_LIST,
            {"scopes": scopes, "is_facet": is_facet},
            timeout,
            max_retries,
            extra_headers,
        )


class RumFacets(SyncResource):
    """Operations under `client.rum.facets`."""

    def count(
        self,
        *,
        start_time: int,
        end_time: int,
        scope: Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ],
        facet_key: str,
        facet_value: str | float | bool | Omit = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumFacetCountList:
        """Count records per facet value.

        Counts RUM records of one kind per value of a facet (a field from
        `rum.fields.list`) in a window given in Unix milliseconds. Without `facet_value`
        it returns the most common values, up to `limit`; with it (even a zero value) it
        counts that exact value. Documented only in the older reference.

        HTTP: POST /rum/facet/count

        Args:
            start_time: Start of the window, Unix milliseconds.
            end_time: End of the window, Unix milliseconds.
            scope: Kind of records to count.
            facet_key: Facet to group by, a `field_key` from `rum.fields.list`.
            facet_value: Count only this value; omit to list the most common values.
            dql: Extra filter in DQL; may be combined with `sql`.
            sql: Extra filter as the body of an SQL WHERE clause, without the WHERE
                keyword; may be combined with `dql`.
            limit: Number of values to return, at most 100.
        """
        return self._client.request(
            _FACETS_COUNT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "scope": scope,
                "facet_key": facet_key,
                "facet_value": facet_value,
                "dql": dql,
                "sql": sql,
                "limit": limit,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class RumData(SyncResource):
    """Operations under `client.rum.data`."""

    def query(
        self,
        *,
        queries: List[RumSqlQuery | Dict[str, Any]],
        start_time: int,
        end_time: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, RumSqlQueryResult]:
        """Run SQL queries over RUM data.

        Runs up to several SQL queries in parallel over RUM data (sessions, views,
        errors, ...) in a time window given in Unix milliseconds. Each result comes back
        under its query's `id`, and a failing query carries its own `error` without
        failing the others. Documented only in the older reference.

        HTTP: POST /rum/data/query

        Args:
            queries: Queries to run in parallel.
            start_time: Start of the window, Unix milliseconds.
            end_time: End of the window, Unix milliseconds.
        """
        return self._client.request(
            _DATA_QUERY,
            {"queries": queries, "start_time": start_time, "end_time": end_time},
            timeout,
            max_retries,
            extra_headers,
        )


class RumSourcemaps(SyncResource):
    """Operations under `client.rum.sourcemaps`."""

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        type: Literal["browser", "android", "ios"] | Omit = OMIT,
        services: List[str] | Omit = OMIT,
        versions: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        build_id: str | Omit = OMIT,
        uuid: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumSourcemapList:
        """List source maps.

        Lists source maps (and Android mappings or iOS dSYMs) uploaded in a window of at
        most 365 days, given in Unix milliseconds, newest first by default. The answer
        carries `total` but no `has_next_page`, so the SDK does not page through it for
        you.

        HTTP: POST /sourcemap/list

        Args:
            start_time: Start of the upload window, Unix milliseconds; above 0 and
                before `end_time`.
            end_time: End of the upload window, Unix milliseconds; at most 365 days
                after `start_time`.
            type: Platform of the files.
            services: Only these services, at most 100.
            versions: Only these versions, at most 100.
            query: Text to find within the minified URL of browser source maps or the
                build ID of Android ones.
            build_id: Android only; Gradle plugin build ID.
            uuid: iOS only; dSYM bundle UUID.
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on; `created_at` by default.
            asc: Ascending order when true.
        """
        return self._client.request(
            _SOURCEMAPS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "type": type,
                "services": services,
                "versions": versions,
                "query": query,
                "build_id": build_id,
                "uuid": uuid,
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def upload(
        self,
        *,
        event: str,
        source_map: FileInput | Omit = OMIT,
        minified_file: FileInput | Omit = OMIT,
        repository: str | Omit = OMIT,
        jvm_mapping_file: FileInput | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Upload a source map.

        Uploads a JavaScript source map with its minified file, or an Android
        `mapping.txt`, as a multipart form; `event` describes the upload. This is the
        endpoint the datadog-ci tool talks to, documented only in the older reference:
        there it authenticates with a `DD-API-KEY` header instead of `app_key` and
        expects the headers `DD-EVP-ORIGIN: datadog-ci_sourcemaps`,
        `DD-EVP-ORIGIN-VERSION` and a gzip `Content-Encoding`, none of which the SDK
        sends yet.

        HTTP: POST /sourcemap/upload

        Args:
            event: JSON text describing the file - `type` (`js_sourcemap`), `service`,
                `version`, `minified_url`, `cli_version`, `project_path`,
                `git_repository_url`, `git_commit_sha`.
            source_map: The source map (JavaScript).
            minified_file: The minified file it maps (JavaScript).
            repository: JSON text with the git payload (tracked files) of the build.
            jvm_mapping_file: The `mapping.txt` of an Android build.
        """
        return self._client.request(
            _SOURCEMAPS_UPLOAD,
            {
                "event": event,
                "source_map": source_map,
                "minified_file": minified_file,
                "repository": repository,
                "jvm_mapping_file": jvm_mapping_file,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def enrich_stack(
        self,
        *,
        type: Literal["browser", "android", "ios", "react native", "flutter"],
        service: str,
        stack: str,
        binary_images: List[RumBinaryImage | Dict[str, Any]],
        version: str | Omit = OMIT,
        near: int | Omit = OMIT,
        build_id: str | Omit = OMIT,
        Variant: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumStackTrace:
        """Translate a stack trace with source maps.

        Maps a minified or obfuscated stack trace back to source using the files
        uploaded for a service and version, with `near` lines of code around each frame.
        iOS traces need the `binary_images` of the crash. Documented only in the older
        reference.

        HTTP: POST /sourcemap/stack/enrich

        Args:
            type: Platform of the trace.
            service: Service that produced it.
            stack: The raw stack trace.
            binary_images: iOS only; the binaries loaded when it crashed (send an empty
                list otherwise).
            version: Service version.
            near: Lines of code to return before and after each frame's line.
            build_id: Android only; build ID from Gradle plugin 1.13.0 or later.
            Variant: Android only; build variant, for older Gradle plugins.
        """
        return self._client.request(
            _SOURCEMAPS_ENRICH_STACK,
            {
                "type": type,
                "service": service,
                "stack": stack,
                "binary_images": binary_images,
                "version": version,
                "near": near,
                "build_id": build_id,
                "Variant": Variant,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class RumIssues(SyncResource):
    """Operations under `client.rum.issues`."""

    def info(
        self,
        *,
        issue_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumIssue:
        """Get one issue.

        Returns an error-tracking issue with its counts, first and last occurrence and
        suspected cause.

        HTTP: POST /rum/issue/info

        Args:
            issue_id: Issue ID.
        """
        return self._client.request(
            _ISSUES_INFO, {"issue_id": issue_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        application_ids: List[str] | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        statuses: List[Literal["for_review", "reviewed", "ignored", "resolved"]] | Omit = OMIT,
        suspected_causes: (
            List[
                Literal[
                    "api.failed_request",
                    "network.error",
                    "code.exception",
                    "code.invalid_object_access",
                    "code.invalid_argument",
                    "unknown",
                ]
            ]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        error_required: bool | Omit = OMIT,
        by_intersection: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "session_count", "error_count"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[RumIssue]:
        """List issues.

        Lists error-tracking issues created in a window of at most 183 days (Unix
        milliseconds), filtered by application, team, status or suspected cause, a page
        at a time. For finer filters give `dql` or `sql`, not both.

        HTTP: POST /rum/issue/list

        Args:
            start_time: Start of the window, Unix milliseconds.
            end_time: End of the window, Unix milliseconds; at most 183 days after
                `start_time`.
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
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _ISSUES_LIST,
            {
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
            },
            options,
        )

    def update(
        self,
        *,
        issue_id: str,
        status: Literal["for_review", "reviewed", "ignored", "resolved"] | Omit = OMIT,
        suspected_cause: (
            Literal[
                "api.failed_request",
                "network.error",
                "code.exception",
                "code.invalid_object_access",
                "code.invalid_argument",
                "unknown",
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an issue.

        Sets an issue's status, its suspected cause, or both. Resolving it records who
        resolved it and when; moving it out of `resolved` clears that.

        HTTP: POST /rum/issue/update

        Args:
            issue_id: Issue to change.
            status: New status.
            suspected_cause: New suspected cause.
        """
        return self._client.request(
            _ISSUES_UPDATE,
            {"issue_id": issue_id, "status": status, "suspected_cause": suspected_cause},
            timeout,
            max_retries,
            extra_headers,
        )


class RumApplications(SyncResource):
    """Operations under `client.rum.applications`."""

    def create(
        self,
        *,
        application_name: str,
        type: Literal[
            "browser",
            "ios",
            "android",
            "react-native",
            "flutter",
            "kotlin-multiplatform",
            "roku",
            "unity",
        ],
        team_id: int,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Dict[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplicationCreated:
        """Create an application.

        Creates a RUM application and returns its ID and the client token to initialise
        the RUM SDK with.

        Permission: Applications Manage.
        HTTP: POST /rum/application/create

        Args:
            application_name: Name shown for the application (1-40 characters).
            type: Platform the application runs on.
            team_id: Owning team.
            is_private: Restrict access to the team (and account admins); public when
                omitted.
            no_ip: If true, client IPs are not recorded.
            no_geo: Do not derive locations from IP addresses.
            alerting: Whether and where an application's error alerts are delivered.
            tracing: Link from RUM events to an APM tracing system.
        """
        return self._client.request(
            _APPLICATIONS_CREATE,
            {
                "application_name": application_name,
                "type": type,
                "team_id": team_id,
                "is_private": is_private,
                "no_ip": no_ip,
                "no_geo": no_geo,
                "alerting": alerting,
                "tracing": tracing,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        application_id: str,
        application_name: str | Omit = OMIT,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
            ]
            | Omit
        ) = OMIT,
        team_id: int | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Dict[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an application.

        Changes the fields you send and leaves the others as they are.

        Permission: Applications Manage.
        HTTP: POST /rum/application/update

        Args:
            application_id: Application to change.
            application_name: Name to show for the application from now on (1-40
                characters).
            type: New platform.
            team_id: New owning team.
            is_private: Restrict access to the team (and account admins).
            no_ip: If true, client IPs are not recorded.
            no_geo: Do not derive locations from IP addresses.
            alerting: Whether and where an application's error alerts are delivered.
            tracing: Link from RUM events to an APM tracing system.
        """
        return self._client.request(
            _APPLICATIONS_UPDATE,
            {
                "application_id": application_id,
                "application_name": application_name,
                "type": type,
                "team_id": team_id,
                "is_private": is_private,
                "no_ip": no_ip,
                "no_geo": no_geo,
                "alerting": alerting,
                "tracing": tracing,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        application_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete an application.

        Deletes a RUM application. While other objects still refer to it the call fails
        with `ReferenceExist`.

        Permission: Applications Manage.
        HTTP: POST /rum/application/delete

        Args:
            application_id: Application to delete.
        """
        return self._client.request(
            _APPLICATIONS_DELETE,
            {"application_id": application_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        application_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplication:
        """Get one application.

        Returns a RUM application with its client token and alerting and tracing
        settings.

        HTTP: POST /rum/application/info

        Args:
            application_id: Application ID.
        """
        return self._client.request(
            _APPLICATIONS_INFO,
            {"application_id": application_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def infos(
        self,
        *,
        application_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplicationList:
        """Get several applications.

        Returns the RUM applications with the given IDs, up to 200 per call.

        HTTP: POST /rum/application/infos

        Args:
            application_ids: Application IDs, at most 200.
        """
        return self._client.request(
            _APPLICATIONS_INFOS,
            {"application_ids": application_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[RumApplication]:
        """List applications.

        Lists the RUM applications you can see a page at a time, optionally filtered by
        name, team, or your own teams.

        HTTP: POST /rum/application/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on.
            asc: Ascending order when true.
            query: Text to look for in application names.
            team_id: Only applications owned by this team.
            is_my_team: Only applications owned by your teams when true.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _APPLICATIONS_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "query": query,
                "team_id": team_id,
                "is_my_team": is_my_team,
            },
            options,
        )


class Rum(SyncResource):
    """Operations under `client.rum`."""

    @cached_property
    def applications(self) -> RumApplications:
        return RumApplications(self._client)

    @cached_property
    def issues(self) -> RumIssues:
        return RumIssues(self._client)

    @cached_property
    def sourcemaps(self) -> RumSourcemaps:
        return RumSourcemaps(self._client)

    @cached_property
    def data(self) -> RumData:
        return RumData(self._client)

    @cached_property
    def facets(self) -> RumFacets:
        return RumFacets(self._client)

    @cached_property
    def fields(self) -> RumFields:
        return RumFields(self._client)

    @cached_property
    def session_replays(self) -> RumSessionReplays:
        return RumSessionReplays(self._client)


class AsyncRumSessionReplays(AsyncResource):
    """Operations under `client.rum.session_replays`."""

    async def metadata(
        self,
        *,
        session_id: str,
        ts: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumReplayMeta:
        """Get the outline of a session replay: the awaitable `RumSessionReplays.metadata`, documented there."""
        return await self._client.request(
            _SESSION_REPLAYS_METADATA,
            {"session_id": session_id, "ts": ts},
            timeout,
            max_retries,
            extra_headers,
        )

    async def segments(
        self,
        *,
        session_id: str,
        view_id: str | Omit = OMIT,
        ts: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        url_mode: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumReplaySegmentList:
        """Get session replay segments: the awaitable `RumSessionReplays.segments`, documented there."""
        return await self._client.request(
            _SESSION_REPLAYS_SEGMENTS,
            {
                "session_id": session_id,
                "view_id": view_id,
                "ts": ts,
                "search_after_ctx": search_after_ctx,
                "limit": limit,
                "url_mode": url_mode,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumFields(AsyncResource):
    """Operations under `client.rum.fields`."""

    async def list(
        self,
        *,
        scopes: (
            List[
                Literal[
                    "session",
                    "long_task",
                    "issues",
                    "error",
                    "resource",
                    "action",
                    "vital",
                    "sourcemap",
                    "view",
                ]
            ]
            | Omit
        ) = OMIT,
        is_facet: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumFieldList:
        """List queryable fields: the awaitable `RumFields.list`, documented there."""
        return await self._client.request(
            _FIELDS_LIST,
            {"scopes": scopes, "is_facet": is_facet},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumFacets(AsyncResource):
    """Operations under `client.rum.facets`."""

    async def count(
        self,
        *,
        start_time: int,
        end_time: int,
        scope: Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ],
        facet_key: str,
        facet_value: str | float | bool | Omit = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumFacetCountList:
        """Count records per facet value: the awaitable `RumFacets.count`, documented there."""
        return await self._client.request(
            _FACETS_COUNT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "scope": scope,
                "facet_key": facet_key,
                "facet_value": facet_value,
                "dql": dql,
                "sql": sql,
                "limit": limit,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumData(AsyncResource):
    """Operations under `client.rum.data`."""

    async def query(
        self,
        *,
        queries: List[RumSqlQuery | Dict[str, Any]],
        start_time: int,
        end_time: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, RumSqlQueryResult]:
        """Run SQL queries over RUM data: the awaitable `RumData.query`, documented there."""
        return await self._client.request(
            _DATA_QUERY,
            {"queries": queries, "start_time": start_time, "end_time": end_time},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumSourcemaps(AsyncResource):
    """Operations under `client.rum.sourcemaps`."""

    async def list(
        self,
        *,
        start_time: int,
        end_time: int,
        type: Literal["browser", "android", "ios"] | Omit = OMIT,
        services: List[str] | Omit = OMIT,
        versions: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        build_id: str | Omit = OMIT,
        uuid: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumSourcemapList:
        """List source maps: the awaitable `RumSourcemaps.list`, documented there."""
        return await self._client.request(
            _SOURCEMAPS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "type": type,
                "services": services,
                "versions": versions,
                "query": query,
                "build_id": build_id,
                "uuid": uuid,
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def upload(
        self,
        *,
        event: str,
        source_map: FileInput | Omit = OMIT,
        minified_file: FileInput | Omit = OMIT,
        repository: str | Omit = OMIT,
        jvm_mapping_file: FileInput | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Upload a source map: the awaitable `RumSourcemaps.upload`, documented there."""
        return await self._client.request(
            _SOURCEMAPS_UPLOAD,
            {
                "event": event,
                "source_map": source_map,
                "minified_file": minified_file,
                "repository": repository,
                "jvm_mapping_file": jvm_mapping_file,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def enrich_stack(
        self,
        *,
        type: Literal["browser", "android", "ios", "react native", "flutter"],
        service: str,
        stack: str,
        binary_images: List[RumBinaryImage | Dict[str, Any]],
        version: str | Omit = OMIT,
        near: int | Omit = OMIT,
        build_id: str | Omit = OMIT,
        Variant: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumStackTrace:
        """Translate a stack trace with source maps: the awaitable `RumSourcemaps.enrich_stack`, documented there."""
        return await self._client.request(
            _SOURCEMAPS_ENRICH_STACK,
            {
                "type": type,
                "service": service,
                "stack": stack,
                "binary_images": binary_images,
                "version": version,
                "near": near,
                "build_id": build_id,
                "Variant": Variant,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumIssues(AsyncResource):
    """Operations under `client.rum.issues`."""

    async def info(
        self,
        *,
        issue_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumIssue:
        """Get one issue: the awaitable `RumIssues.info`, documented there."""
        return await self._client.request(
            _ISSUES_INFO, {"issue_id": issue_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        application_ids: List[str] | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        statuses: List[Literal["for_review", "reviewed", "ignored", "resolved"]] | Omit = OMIT,
        suspected_causes: (
            List[
                Literal[
                    "api.failed_request",
                    "network.error",
                    "code.exception",
                    "code.invalid_object_access",
                    "code.invalid_argument",
                    "unknown",
                ]
            ]
            | Omit
        ) = OMIT,
        dql: str | Omit = OMIT,
        sql: str | Omit = OMIT,
        error_required: bool | Omit = OMIT,
        by_intersection: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at", "session_count", "error_count"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[RumIssue]:
        """List issues: the awaitable `RumIssues.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _ISSUES_LIST,
            {
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
            },
            options,
        )

    async def update(
        self,
        *,
        issue_id: str,
        status: Literal["for_review", "reviewed", "ignored", "resolved"] | Omit = OMIT,
        suspected_cause: (
            Literal[
                "api.failed_request",
                "network.error",
                "code.exception",
                "code.invalid_object_access",
                "code.invalid_argument",
                "unknown",
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an issue: the awaitable `RumIssues.update`, documented there."""
        return await self._client.request(
            _ISSUES_UPDATE,
            {"issue_id": issue_id, "status": status, "suspected_cause": suspected_cause},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncRumApplications(AsyncResource):
    """Operations under `client.rum.applications`."""

    async def create(
        self,
        *,
        application_name: str,
        type: Literal[
            "browser",
            "ios",
            "android",
            "react-native",
            "flutter",
            "kotlin-multiplatform",
            "roku",
            "unity",
        ],
        team_id: int,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Dict[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplicationCreated:
        """Create an application: the awaitable `RumApplications.create`, documented there."""
        return await self._client.request(
            _APPLICATIONS_CREATE,
            {
                "application_name": application_name,
                "type": type,
                "team_id": team_id,
                "is_private": is_private,
                "no_ip": no_ip,
                "no_geo": no_geo,
                "alerting": alerting,
                "tracing": tracing,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        application_id: str,
        application_name: str | Omit = OMIT,
        type: (
            Literal[
                "browser",
                "ios",
                "android",
                "react-native",
                "flutter",
                "kotlin-multiplatform",
                "roku",
                "unity",
            ]
            | Omit
        ) = OMIT,
        team_id: int | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        no_ip: bool | Omit = OMIT,
        no_geo: bool | Omit = OMIT,
        alerting: RumApplicationAlerting | Dict[str, Any] | Omit = OMIT,
        tracing: RumApplicationTracing | Dict[str, Any] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an application: the awaitable `RumApplications.update`, documented there."""
        return await self._client.request(
            _APPLICATIONS_UPDATE,
            {
                "application_id": application_id,
                "application_name": application_name,
                "type": type,
                "team_id": team_id,
                "is_private": is_private,
                "no_ip": no_ip,
                "no_geo": no_geo,
                "alerting": alerting,
                "tracing": tracing,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        application_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete an application: the awaitable `RumApplications.delete`, documented there."""
        return await self._client.request(
            _APPLICATIONS_DELETE,
            {"application_id": application_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        application_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplication:
        """Get one application: the awaitable `RumApplications.info`, documented there."""
        return await self._client.request(
            _APPLICATIONS_INFO,
            {"application_id": application_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def infos(
        self,
        *,
        application_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RumApplicationList:
        """Get several applications: the awaitable `RumApplications.infos`, documented there."""
        return await self._client.request(
            _APPLICATIONS_INFOS,
            {"application_ids": application_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[RumApplication]:
        """List applications: the awaitable `RumApplications.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _APPLICATIONS_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "query": query,
                "team_id": team_id,
                "is_my_team": is_my_team,
            },
            options,
        )


class AsyncRum(AsyncResource):
    """Operations under `client.rum`."""

    @cached_property
    def applications(self) -> AsyncRumApplications:
        return AsyncRumApplications(self._client)

    @cached_property
    def issues(self) -> AsyncRumIssues:
        return AsyncRumIssues(self._client)

    @cached_property
    def sourcemaps(self) -> AsyncRumSourcemaps:
        return AsyncRumSourcemaps(self._client)

    @cached_property
    def data(self) -> AsyncRumData:
        return AsyncRumData(self._client)

    @cached_property
    def facets(self) -> AsyncRumFacets:
        return AsyncRumFacets(self._client)

    @cached_property
    def fields(self) -> AsyncRumFields:
        return AsyncRumFields(self._client)

    @cached_property
    def session_replays(self) -> AsyncRumSessionReplays:
        return AsyncRumSessionReplays(self._client)
