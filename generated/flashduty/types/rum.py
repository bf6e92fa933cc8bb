"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from .._models import FlashdutyModel
from pydantic import RootModel

from . import common
from .common import Page


class RumApplication(FlashdutyModel):
    """
    A RUM application, the unit that collects data from one front end.
    """

    account_id: int | None = None
    """
    Account that owns the application.
    """
    application_id: str
    """
    Application ID.
    """
    application_name: str
    """
    Display name.
    """
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
        | str
    )
    """
    Platform an application (or a replayed view) runs on.
    """
    client_token: str
    """
    Token the RUM SDK is initialised with.
    """
    team_id: int
    """
    Owning team; its members may edit the application.
    """
    is_private: bool | None = None
    """
    When true only the creator, the owning team and account admins can see it.
    """
    no_ip: bool
    """
    If true, client IPs are left out of the collected data.
    """
    no_geo: bool
    """
    When true no location is derived from IP addresses.
    """
    alerting: RumApplicationAlerting | None = None
    tracing: RumApplicationTracing | None = None
    status: Literal["enabled", "disabled", "deleted"] | str
    """
    Lifecycle state.
    """
    created_by: int
    """
    Member who created it.
    """
    updated_by: int
    """
    Member who changed it last.
    """
    created_at: int
    """
    Creation time, Unix milliseconds.
    """
    updated_at: int
    """
    Last change, Unix milliseconds.
    """


class RumApplicationAlerting(FlashdutyModel):
    """
    Whether and where an application's error alerts are delivered.
    """

    enabled: bool | None = None
    """
    Whether alerting is on.
    """
    channel_ids: list[int] | None = None
    """
    Channels that receive the alerts.
    """
    integration_id: int | None = None
    """
    On-call integration created for the application; set by the server, ignored in requests.
    """


class RumApplicationCreated(FlashdutyModel):
    """
    What creating an application returns.
    """

    application_id: str
    """
    New application ID.
    """
    application_name: str
    """
    Display name.
    """
    client_token: str
    """
    Pass this to the RUM SDK when setting it up.
    """


class RumApplicationList(FlashdutyModel):
    """
    Applications asked for by ID.
    """

    items: list[RumApplication] | None
    """
    The applications found.
    """


class RumApplicationPage(Page):
    """
    One page of applications.
    """

    items: list[RumApplication] | None
    """
    Applications on this page.
    """


class RumApplicationTracing(FlashdutyModel):
    """
    Link from RUM events to an APM tracing system.
    """

    enabled: bool | None = None
    """
    Whether the trace link is shown.
    """
    open_type: Literal["popup", "tab", ""] | str | None = None
    """
    Open the trace in a `popup` or a new `tab`; empty when tracing was never set up.
    """
    endpoint: str | None = None
    """
    Trace URL (http or https); may contain variables such as `${trace_id}`.
    """


class RumBinaryImage(FlashdutyModel):
    """
    A binary (app, framework, library) loaded in an iOS process when it crashed.
    """

    uuid: str
    """
    Build UUID of the binary.
    """
    name: str
    """
    Library name.
    """
    is_system: bool
    """
    Whether it is a system library rather than your own.
    """
    load_address: str | int | None = None
    """
    Address it was loaded at: a hex string such as `0x100000000` or a number.
    """
    max_address: str | int | None = None
    """
    Top of its address range, as a hex string or a number.
    """
    arch: str | None = None
    """
    CPU architecture, e.g. `arm64`.
    """


class RumCodeSnippet(FlashdutyModel):
    """
    One line of source code.
    """

    line: int
    """
    Line number.
    """
    code: str
    """
    The source text.
    """


class RumEventScope(
    RootModel[
        Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ]
        | str
    ]
):
    root: (
        Literal[
            "session",
            "view",
            "action",
            "error",
            "resource",
            "long_task",
            "vital",
            "issue",
            "sourcemap",
        ]
        | str
    )
    """
    Kind of RUM data to search.
    """


class RumFacetCount(FlashdutyModel):
    """
    A value of a facet and how many records carry it.
    """

    facet_value: str | float | bool
    """
    The facet value.
    """
    count: int
    """
    Records with that value.
    """


class RumFacetCountList(FlashdutyModel):
    """
    Facet values with their counts.
    """

    items: list[RumFacetCount] | None
    """
    The values.
    """


class RumField(FlashdutyModel):
    """
    A field of RUM data that can be queried or used as a facet.
    """

    field_key: str
    """
    Field identifier used in queries.
    """
    field_name: str
    """
    Display name.
    """
    value_type: Literal["number", "string", "bool", "array<number>", "array<string>"] | str
    """
    Type of the values.
    """
    show_type: Literal["list", "range"] | str
    """
    Whether the console shows values as a list or a range.
    """
    description: str
    """
    What the field holds.
    """
    group: str | None = None
    """
    Group the field is shown under.
    """
    unit_family: Literal["time", "bytes"] | str | None = None
    """
    Kind of unit.
    """
    unit_name: (
        Literal[
            "nanosecond",
            "microsecond",
            "millisecond",
            "second",
            "byte",
            "unix_millisecond",
            "unix_second",
        ]
        | str
        | None
    ) = None
    """
    Unit of the values.
    """
    edit_able: bool
    """
    Whether the field definition can be edited.
    """
    is_facet: bool | None = None
    """
    Whether it is a facet (facets are always queryable).
    """
    queryable: bool | None = None
    """
    Whether it can be queried.
    """
    enum_values: list[str] | None
    """
    Fixed set of values, when there is one; such fields usually cannot be counted by facet.
    """
    scopes: (
        list[
            Literal[
                "session", "view", "action", "error", "resource", "long_task", "vital", "sourcemap"
            ]
            | str
        ]
        | None
    )
    """
    Kinds of data that have the field.
    """


class RumFieldList(FlashdutyModel):
    """
    Queryable fields.
    """

    items: list[RumField] | None
    """
    The fields.
    """


class RumIssue(FlashdutyModel):
    """
    An error-tracking issue, a group of errors with the same fingerprint.
    """

    issue_id: str
    """
    Issue ID.
    """
    team_id: int
    """
    Team owning the application.
    """
    application_id: str
    """
    Application the errors come from.
    """
    application_name: str
    """
    Its name.
    """
    service: str
    """
    Service name reported by the SDK.
    """
    status: Literal["for_review", "reviewed", "ignored", "resolved"] | str
    """
    Triage state of an issue.
    """
    error_count: int
    """
    Errors grouped into the issue so far.
    """
    session_count: int
    """
    User sessions affected so far.
    """
    is_crash: bool | None = None
    """
    Whether the errors crashed the app.
    """
    age: int
    """
    Seconds between first and last occurrence.
    """
    resolved_at: int | None = None
    """
    When it was resolved, Unix milliseconds; 0 if not.
    """
    resolved_by: int | None = None
    """
    Member who resolved it; 0 if not resolved.
    """
    created_at: int | None = None
    """
    Creation time, Unix milliseconds.
    """
    updated_at: int | None = None
    """
    Last change, Unix milliseconds.
    """
    first_seen: RumIssueSighting | None
    last_seen: RumIssueSighting | None
    error: RumIssueError | None
    suspected_cause: RumSuspectedCause | None
    regression: RumIssueRegression | None = None
    versions: list[str] | None = None
    """
    Application versions in which it occurred.
    """
    severity: str | None = None
    """
    Severity, e.g. `Info`.
    """


class RumIssueError(FlashdutyModel):
    """
    The error that defines an issue.
    """

    message: str
    """
    Error message.
    """
    type: str
    """
    Error type, e.g. `Error`.
    """


class RumIssuePage(Page):
    """
    One page of issues.
    """

    items: list[RumIssue] | None
    """
    Issues on this page.
    """


class RumIssueRegression(FlashdutyModel):
    """
    Present when a resolved issue came back.
    """

    regressed_at: int
    """
    When it came back, Unix milliseconds.
    """
    regressed_at_version: str | None = None
    """
    Version in which it came back.
    """
    resolved_at: int
    """
    When it had been resolved before, Unix milliseconds.
    """


class RumIssueSighting(FlashdutyModel):
    """
    When and in which version an issue occurred (first or last time).
    """

    timestamp: int
    """
    Occurrence time, Unix milliseconds.
    """
    version: str | None = None
    """
    Application version.
    """


class RumIssueStatus(RootModel[Literal["for_review", "reviewed", "ignored", "resolved"] | str]):
    root: Literal["for_review", "reviewed", "ignored", "resolved"] | str
    """
    Triage state of an issue.
    """


class RumMinifiedFrame(FlashdutyModel):
    """
    Where a translated frame pointed before translation; only on converted frames.
    """

    file: str
    """
    Minified file.
    """
    function: str
    """
    Minified function.
    """
    line: int
    """
    Line in the minified file.
    """
    column: int | None = None
    """
    Column in the minified file.
    """


class RumPlatform(
    RootModel[
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
        | str
    ]
):
    root: (
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
        | str
    )
    """
    Platform an application (or a replayed view) runs on.
    """


class RumReplayDevice(FlashdutyModel):
    """
    Device the session was recorded on.
    """

    type: Literal["Mobile", "Desktop", "Tablet", "TV", "Gaming_console", "Bot", "Other"] | str
    """
    Device class.
    """


class RumReplayForegroundPeriod(FlashdutyModel):
    """
    A period in which the app was in the foreground.
    """

    view_id: str
    """
    View shown.
    """
    start: int
    """
    Start, Unix milliseconds.
    """
    end: int
    """
    End, Unix milliseconds.
    """


class RumReplayMeta(FlashdutyModel):
    """
    Outline of a recorded session - its span, views, foreground periods and device.
    """

    session: RumReplaySession | None
    views: list[RumReplayView] | None
    """
    Views shown during the session.
    """
    foreground_periods: list[RumReplayForegroundPeriod] | None
    """
    Periods the app was in the foreground.
    """
    device: RumReplayDevice | None
    application: RumReplayRef | None


class RumReplayRef(FlashdutyModel):
    """
    Reference to an application, session or view by ID.
    """

    id: str
    """
    The ID.
    """


class RumReplaySegment(FlashdutyModel):
    """
    A chunk of recorded replay data.
    """

    start: int
    """
    Start, Unix milliseconds.
    """
    end: int
    """
    End, Unix milliseconds.
    """
    creation_reason: (
        Literal[
            "init",
            "segment_duration_limit",
            "segment_bytes_limit",
            "view_change",
            "before_unload",
            "visibility_hidden",
            "page_frozen",
        ]
        | str
    )
    """
    Why the recorder started this segment.
    """
    records_count: int
    """
    Records in the segment.
    """
    has_full_snapshot: bool | None = None
    """
    Whether it contains a full snapshot of the page.
    """
    index_in_view: int | None = None
    """
    Position of the segment within its view, from 0.
    """
    source: Literal["browser"] | str
    """
    Platform that recorded it.
    """
    application: RumReplayRef | None
    session: RumReplayRef | None
    view: RumReplayRef | None
    records: list[dict[str, Any]] | None
    """
    Raw recorder records, in the order they were captured.
    """


class RumReplaySegmentList(FlashdutyModel):
    """
    Replay segments, as data or as download links.
    """

    items: list[RumReplaySegment | str] | None
    """
    Segments; with `url_mode` each is a pre-signed URL to a compressed segment instead.
    """


class RumReplaySession(FlashdutyModel):
    """
    Span of a recorded session.
    """

    start: int
    """
    Start, Unix milliseconds.
    """
    end: int
    """
    End, Unix milliseconds.
    """
    is_active: bool
    """
    Whether the session is still going on.
    """
    source: str
    """
    Platform that recorded it.
    """
    server_time_delta: int
    """
    Clock offset between client and server (undocumented).
    """


class RumReplayView(FlashdutyModel):
    """
    A view (page or screen) of a recorded session.
    """

    view_id: str
    """
    View ID.
    """
    name: str
    """
    View name.
    """
    source: (
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
        | str
    )
    """
    Platform an application (or a replayed view) runs on.
    """
    container_view_id: str | None = None
    """
    View that wraps this one, if any.
    """
    container_source: (
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
        | str
        | None
    ) = None
    """
    Platform of the wrapping view, if any.
    """
    loading_type: (
        Literal[
            "initial_load",
            "route_change",
            "activity_display",
            "activity_redisplay",
            "fragment_display",
            "fragment_redisplay",
            "view_controller_display",
            "view_controller_redisplay",
        ]
        | str
    )
    """
    How the view was loaded.
    """
    start: int
    """
    Start, Unix milliseconds.
    """
    end: int
    """
    End, Unix milliseconds.
    """
    server_time_delta: int
    """
    Clock offset between client and server (undocumented).
    """
    is_active: bool
    """
    Whether the view is still shown.
    """


class RumSourcemap(FlashdutyModel):
    """
    An uploaded source map (or Android mapping / iOS dSYM) file.
    """

    key: str
    """
    Storage key that identifies the file.
    """
    type: Literal["browser", "android", "ios"] | str | None = None
    """
    Platform of the file.
    """
    service: str
    """
    Service name.
    """
    version: str | None = None
    """
    Service version.
    """
    size: int
    """
    File size in bytes.
    """
    git_repository_url: str | None = None
    """
    Git repository of the build.
    """
    git_commit_sha: str | None = None
    """
    Git commit of the build.
    """
    created_at: int
    """
    Upload time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    metadata: dict[str, Any] | None
    """
    Platform-specific details sent by the upload tool, e.g. `minified_url` for browsers or `build_id`, `variant` and `version_code` for Android.
    """


class RumSourcemapList(FlashdutyModel):
    """
    One page of source maps. Unlike most lists it has no `has_next_page`; compare `total` with the pages read so far.
    """

    total: int
    """
    Number of matching files.
    """
    items: list[RumSourcemap] | None
    """
    Files on this page.
    """


class RumSqlField(FlashdutyModel):
    """
    A column of a query result.
    """

    name: str
    """
    Column name.
    """
    type: str
    """
    Column type.
    """
    nullable: bool | None = None
    """
    Whether the column may hold nulls.
    """


class RumSqlQuery(FlashdutyModel):
    """
    One SQL query of a batch sent to `rum.data.query`.
    """

    id: str
    """
    Your name for the query, e.g. `A`; its result comes back under this key.
    """
    sql: str
    """
    A single-table SELECT over `sessions`, `views`, `actions`, `errors`, `long_tasks`, `resources`, `vitals`, `issues` or `sourcemaps`. Do not qualify names; alias every function column. `offset` + `limit` may not exceed 10000; a `table` query without `limit` gets 1226.
    """
    dql: str | None = None
    """
    Optional search text appended to the SQL's WHERE clause, e.g. `login`.
    """
    format: Literal["time_series", "table"] | str
    """
    Shape of the result.
    """
    interval: int | None = None
    """
    Time series only: smallest bucket you want, in milliseconds. The server widens it to fit `max_points` and rounds it to a standard step.
    """
    max_points: int | None = None
    """
    Time series only; fewer points mean wider buckets.
    """
    time_zone: str | None = None
    """
    Time series only; IANA time zone for the buckets (UTC by default).
    """
    search_after_ctx: str | None = None
    """
    Cursor from the previous result. Only produced for table queries with a `limit`, no `offset`, no aggregation and an ORDER BY that is unique (add a tie-breaker column such as `session_id`).
    """


class RumSqlQueryData(FlashdutyModel):
    """
    Rows of a query result, as columns plus a two-dimensional array of values.
    """

    search_after_ctx: str | None = None
    """
    Cursor for the next page (table queries only).
    """
    interval: int | None = None
    """
    Bucket width actually used, in milliseconds (time series only).
    """
    fields: list[RumSqlField] | None
    """
    Columns, in the order of each row's values.
    """
    values: list[list[Any] | None] | None
    """
    Rows; each is a list of column values.
    """


class RumSqlQueryResult(FlashdutyModel):
    """
    Outcome of one query of a batch; a failed query does not fail the others.
    """

    error: common.DutyError | None = None
    data: RumSqlQueryData | None = None


class RumSqlQueryResults(RootModel[dict[str, RumSqlQueryResult | None]]):
    """
    Results keyed by the `id` of each query.
    """

    root: dict[str, RumSqlQueryResult | None]


class RumStackFrame(FlashdutyModel):
    """
    One frame of a stack trace, translated back to source where possible.
    """

    file: str | None = None
    """
    Source file.
    """
    line: int | None = None
    """
    Line number.
    """
    function: str
    """
    Function or method.
    """
    column: int | None = None
    """
    Column (JavaScript and Flutter).
    """
    class_name: str | None = None
    """
    Fully qualified class (Android).
    """
    method_name: str | None = None
    """
    Method without the class (Android).
    """
    module: str | None = None
    """
    Module, e.g. `MyApp` or `UIKitCore` (iOS).
    """
    address: str | None = None
    """
    Memory address, e.g. `0x000000010001abcd` (iOS).
    """
    offset: float | None = None
    """
    Offset from the start of the function (iOS).
    """
    native_address: str | None = None
    """
    IL offset, e.g. `[0x00012]` (Unity).
    """
    converted: bool
    """
    Whether the frame was mapped back to source.
    """
    third_party: bool | None = None
    """
    Whether the frame is in third-party code (Android).
    """
    code_snippets: list[RumCodeSnippet] | None = None
    """
    Source around the frame - its own line plus at most `near` non-empty lines on each side.
    """
    minified: RumMinifiedFrame | None = None


class RumStackTrace(FlashdutyModel):
    """
    A stack trace after translation.
    """

    frames: list[RumStackFrame] | None
    """
    Frames, innermost first as in the input.
    """


class RumSuspectedCause(FlashdutyModel):
    """
    What probably caused an issue, guessed by the AI assistant or set by a person.
    """

    source: Literal["auto", "user"] | str
    """
    `auto` when guessed automatically, `user` when set by a member.
    """
    value: (
        Literal[
            "api.failed_request",
            "network.error",
            "code.exception",
            "code.invalid_object_access",
            "code.invalid_argument",
            "unknown",
        ]
        | str
    )
    """
    Category of what probably caused an issue.
    """
    reason: str
    """
    Why this cause was chosen.
    """
    person_id: int | None = None
    """
    Member who set it, when `source` is `user`.
    """


class RumSuspectedCauseValue(
    RootModel[
        Literal[
            "api.failed_request",
            "network.error",
            "code.exception",
            "code.invalid_object_access",
            "code.invalid_argument",
            "unknown",
        ]
        | str
    ]
):
    root: (
        Literal[
            "api.failed_request",
            "network.error",
            "code.exception",
            "code.invalid_object_access",
            "code.invalid_argument",
            "unknown",
        ]
        | str
    )
    """
    Category of what probably caused an issue.
    """
