"""The `analytics` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.insight_alert_top_list import InsightAlertTopList
    from ..types.defs.insight_incident import InsightIncident
    from ..types.defs.insight_incident_page import InsightIncidentPage
    from ..types.defs.insight_metrics_list import InsightMetricsList
    from ..types.defs.oncall_change_count_list import OncallChangeCountList
    from ..types.defs.oncall_notification_count_list import OncallNotificationCountList
    from ..types.defs.responder_insight_metrics_list import ResponderInsightMetricsList

_TYPES = TypeNames(
    __name__,
    {
        "InsightAlertTopList": "defs.insight_alert_top_list",
        "InsightIncident": "defs.insight_incident",
        "InsightIncidentPage": "defs.insight_incident_page",
        "InsightMetricsList": "defs.insight_metrics_list",
        "OncallChangeCountList": "defs.oncall_change_count_list",
        "OncallNotificationCountList": "defs.oncall_notification_count_list",
        "ResponderInsightMetricsList": "defs.responder_insight_metrics_list",
    },
)

__all__ = [
    "Analytics",
    "AsyncAnalytics",
    "AnalyticsAccount",
    "AsyncAnalyticsAccount",
    "AnalyticsAlerts",
    "AsyncAnalyticsAlerts",
    "AnalyticsIncidents",
    "AsyncAnalyticsIncidents",
    "AnalyticsChannels",
    "AsyncAnalyticsChannels",
    "AnalyticsTeams",
    "AsyncAnalyticsTeams",
    "AnalyticsResponders",
    "AsyncAnalyticsResponders",
    "AnalyticsReports",
    "AsyncAnalyticsReports",
]

_ACCOUNT_METRICS: Endpoint[InsightMetricsList] = Endpoint(
    "POST",
    "/insight/account",
    kind="model",
    data="InsightMetricsList",
    types=_TYPES,
    idempotent=True,
)
_ALERTS_TOP_BY_LABEL: Endpoint[InsightAlertTopList] = Endpoint(
    "POST",
    "/insight/alert/topk-by-label",
    kind="model",
    data="InsightAlertTopList",
    types=_TYPES,
    idempotent=True,
)
_INCIDENTS_LIST: Endpoint[InsightIncidentPage] = Endpoint(
    "POST",
    "/insight/incident/list",
    kind="page",
    data="InsightIncidentPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_INCIDENTS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/incident/export",
    kind="bytes",
    idempotent=True,
)
_CHANNELS_METRICS: Endpoint[InsightMetricsList] = Endpoint(
    "POST",
    "/insight/channel",
    kind="model",
    data="InsightMetricsList",
    types=_TYPES,
    idempotent=True,
)
_CHANNELS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/channel/export",
    kind="bytes",
    idempotent=True,
)
_TEAMS_METRICS: Endpoint[InsightMetricsList] = Endpoint(
    "POST",
    "/insight/team",
    kind="model",
    data="InsightMetricsList",
    types=_TYPES,
    idempotent=True,
)
_TEAMS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/team/export",
    kind="bytes",
    idempotent=True,
)
_RESPONDERS_METRICS: Endpoint[ResponderInsightMetricsList] = Endpoint(
    "POST",
    "/insight/responder",
    kind="model",
    data="ResponderInsightMetricsList",
    types=_TYPES,
    idempotent=True,
)
_RESPONDERS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/responder/export",
    kind="bytes",
    idempotent=True,
)
_REPORTS_NOTIFICATIONS: Endpoint[OncallNotificationCountList] = Endpoint(
    "POST",
    "/report/oncall/notifications",
    kind="model",
    data="OncallNotificationCountList",
    types=_TYPES,
    idempotent=True,
)
_REPORTS_CHANGES: Endpoint[OncallChangeCountList] = Endpoint(
    "POST",
    "/report/oncall/changes",
    kind="model",
    data="OncallChangeCountList",
    types=_TYPES,
    idempotent=True,
)


class AnalyticsReports(SyncResource):
    """Operations under `client.analytics.reports`."""

    def notifications(
        self,
        *,
        step: Literal["day", "week", "month"],
        start_time: int,
        end_time: int,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> OncallNotificationCountList:
        """Count notifications per period.

        Counts the SMS messages, voice calls and emails Flashduty sent, per day, week or
        month of a time window, optionally for some channels only. Documented only in
        the older API reference.

        HTTP: POST /report/oncall/notifications

        Args:
            step: Length of each counting period.
            start_time: Lower bound of the time range, Unix seconds.
            end_time: Upper bound of the time range, Unix seconds.
            channel_ids: Channels to count; every channel when empty.
        """
        return self._client.request(
            _REPORTS_NOTIFICATIONS,
            {
                "step": step,
                "start_time": start_time,
                "end_time": end_time,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def changes(
        self,
        *,
        step: Literal["day", "week", "month"],
        start_time: int,
        end_time: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> OncallChangeCountList:
        """Count changes per period.

        Counts the changes and raw change events recorded per day, week or month of a
        time window of at most six months. Documented only in the older API reference.

        HTTP: POST /report/oncall/changes

        Args:
            step: Length of each counting period.
            start_time: Lower bound of the time range, Unix seconds.
            end_time: Upper bound of the time range, Unix seconds.
        """
        return self._client.request(
            _REPORTS_CHANGES,
            {"step": step, "start_time": start_time, "end_time": end_time},
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsResponders(SyncResource):
    """Operations under `client.analytics.responders`."""

    def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ResponderInsightMetricsList:
        """Get metrics by responder.

        Aggregates how each responder handled incidents in a time window: incidents
        assigned and acknowledged, time to acknowledge, engaged time, and the
        notifications and interruptions they received. The time-to-close filters do not
        apply to this report.

        Permission: Analytics Read.
        HTTP: POST /insight/responder

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
        """
        return self._client.request(
            _RESPONDERS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "responder_id",
                    "responder_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_reassigned",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "acknowledgement_pct",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by responder as CSV.

        Downloads the per-responder metrics report as a CSV file with the columns chosen
        in `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /insight/responder/export

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
            export_fields: CSV columns to include, up to 50; every column when omitted.
        """
        return self._client.request(
            _RESPONDERS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsTeams(SyncResource):
    """Operations under `client.analytics.teams`."""

    def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get metrics by team.

        Aggregates incident handling metrics (counts, MTTA, MTTR, noise reduction,
        notifications) per team for a time window, one row per team and, when requested,
        per time bucket or hour split.

        Permission: Analytics Read.
        HTTP: POST /insight/team

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
        """
        return self._client.request(
            _TEAMS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "team_id",
                    "team_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_closed",
                    "total_incidents_auto_closed",
                    "total_incidents_manually_closed",
                    "total_incidents_timeout_closed",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_incidents_reassigned",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "mean_seconds_to_close",
                    "noise_reduction_pct",
                    "acknowledgement_pct",
                    "total_alert_cnt",
                    "total_alert_event_cnt",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by team as CSV.

        Downloads the per-team metrics report as a CSV file with the columns chosen in
        `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /insight/team/export

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
            export_fields: CSV columns to include, up to 50; every column when omitted.
        """
        return self._client.request(
            _TEAMS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsChannels(SyncResource):
    """Operations under `client.analytics.channels`."""

    def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get metrics by channel.

        Aggregates incident handling metrics (counts, MTTA, MTTR, noise reduction,
        notifications) per channel for a time window, one row per channel and, when
        requested, per time bucket or hour split.

        Permission: Analytics Read.
        HTTP: POST /insight/channel

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
        """
        return self._client.request(
            _CHANNELS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "channel_id",
                    "channel_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_closed",
                    "total_incidents_auto_closed",
                    "total_incidents_manually_closed",
                    "total_incidents_timeout_closed",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_incidents_reassigned",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "mean_seconds_to_close",
                    "noise_reduction_pct",
                    "acknowledgement_pct",
                    "total_alert_cnt",
                    "total_alert_event_cnt",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by channel as CSV.

        Downloads the per-channel metrics report as a CSV file with the columns chosen
        in `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /insight/channel/export

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
            export_fields: CSV columns to include, up to 50; every column when omitted.
        """
        return self._client.request(
            _CHANNELS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsIncidents(SyncResource):
    """Operations under `client.analytics.incidents`."""

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[InsightIncident]:
        """List incidents with handling metrics.

        Lists the incidents behind the analytics reports, each with its time to
        acknowledge and close, engaged time, and notification, assignment and escalation
        counts. Pages with `p` and `limit`, or with the `search_after_ctx` cursor for
        deep walks.

        Permission: Analytics Read.
        HTTP: POST /insight/incident/list

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            p: Page number, from 1; `p` × `limit` may not exceed 10000. Use either `p`
                or `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _INCIDENTS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
            },
            options,
        )

    def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "incident_id",
                    "title",
                    "severity",
                    "progress",
                    "channel_id",
                    "channel_name",
                    "team_id",
                    "team_name",
                    "created_at",
                    "seconds_to_ack",
                    "seconds_to_close",
                    "closed_by",
                    "engaged_seconds",
                    "hours",
                    "notifications",
                    "interruptions",
                    "acknowledgements",
                    "assignments",
                    "reassignments",
                    "escalations",
                    "manual_escalations",
                    "timeout_escalations",
                    "assigned_to",
                    "responders",
                    "description",
                    "labels",
                    "fields",
                    "creator_id",
                    "creator_name",
                ]
            ]
            | Omit
        ) = OMIT,
        description_html_to_text: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export incidents with handling metrics as CSV.

        Downloads the incidents matching the filters as a CSV file, one row per incident
        with the columns chosen in `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /insight/incident/export

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            export_fields: CSV columns to include, up to 50; every column when omitted.
            description_html_to_text: Convert the description column from HTML to plain
                text.
        """
        return self._client.request(
            _INCIDENTS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "export_fields": export_fields,
                "description_html_to_text": description_html_to_text,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsAlerts(SyncResource):
    """Operations under `client.analytics.alerts`."""

    def top_by_label(
        self,
        *,
        start_time: int,
        end_time: int,
        label: Literal["check", "resource"],
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        k: int | Omit = OMIT,
        orderby: Literal["total_alert_cnt", "total_alert_event_cnt"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightAlertTopList:
        """Get the noisiest checks or resources.

        Groups the alerts of a time window by their `check` or `resource` label and
        returns the top K values by alert count or alert event count - a quick way to
        find the checks or hosts that page the most.

        Permission: Analytics Read.
        HTTP: POST /insight/alert/topk-by-label

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            label: Label to group alerts by.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
            k: How many label values to return, 1 to 100; all of them when omitted.
            orderby: Rank by alert count or by raw alert event count.
            asc: Smallest first when true; largest first by default.
        """
        return self._client.request(
            _ALERTS_TOP_BY_LABEL,
            {
                "start_time": start_time,
                "end_time": end_time,
                "label": label,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "k": k,
                "orderby": orderby,
                "asc": asc,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AnalyticsAccount(SyncResource):
    """Operations under `client.analytics.account`."""

    def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get account metrics.

        Aggregates incident handling metrics (counts, MTTA, MTTR, noise reduction,
        notifications) over the whole account for a time window. One row covers the
        window unless `aggregate_unit` buckets it by time or `split_hours` splits it by
        working, sleeping and off hours.

        Permission: Analytics Read.
        HTTP: POST /insight/account

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most.
            team_ids: Teams to match, up to 100; combined with `is_my_team` when both
                are set.
            channel_ids: Channels to match, up to 100; only channels the caller can see
                are counted.
            responder_ids: Responders to match, up to 100.
            severities: Severities to match, up to 3.
            incident_ids: Only these incidents, up to 100.
            query: Fuzzy text matched against incident titles and descriptions.
            labels: Incident labels that must match exactly.
            fields: Custom field values that must match exactly (non-text fields only).
            orderby: Field the matching incidents are sorted by; only `created_at`.
            asc: Oldest first when true; newest first by default.
            is_my_team: Only incidents of the caller's teams when true; nothing matches
                if the caller is in no team.
            time_zone: IANA time zone used for the window and the buckets, e.g.
                `Asia/Shanghai`; the account's zone by default.
            seconds_to_close_from: Only incidents whose time to close is at least this
                many seconds.
            seconds_to_close_to: Only incidents closed in fewer seconds than this. If
                `seconds_to_close_from` is also given, this must exceed it.
            seconds_to_ack_from: Only incidents whose time to first acknowledgement is
                at least this many seconds.
            seconds_to_ack_to: Only incidents whose time to first acknowledgement is
                below this many seconds; above `seconds_to_ack_from` when both are set.
            split_hours: Split each row into working, sleeping and off hours (see
                `hours` on the rows).
            aggregate_unit: Bucket the metrics by day, week or month (see `ts` on the
                rows). The window must then cover at least 24 hours, and at most 31 days
                for `day`. Without it, one row covers the whole window.
        """
        return self._client.request(
            _ACCOUNT_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class Analytics(SyncResource):
    """Operations under `client.analytics`."""

    @cached_property
    def account(self) -> AnalyticsAccount:
        return AnalyticsAccount(self._client)

    @cached_property
    def alerts(self) -> AnalyticsAlerts:
        return AnalyticsAlerts(self._client)

    @cached_property
    def incidents(self) -> AnalyticsIncidents:
        return AnalyticsIncidents(self._client)

    @cached_property
    def channels(self) -> AnalyticsChannels:
        return AnalyticsChannels(self._client)

    @cached_property
    def teams(self) -> AnalyticsTeams:
        return AnalyticsTeams(self._client)

    @cached_property
    def responders(self) -> AnalyticsResponders:
        return AnalyticsResponders(self._client)

    @cached_property
    def reports(self) -> AnalyticsReports:
        return AnalyticsReports(self._client)


class AsyncAnalyticsReports(AsyncResource):
    """Operations under `client.analytics.reports`."""

    async def notifications(
        self,
        *,
        step: Literal["day", "week", "month"],
        start_time: int,
        end_time: int,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> OncallNotificationCountList:
        """Count notifications per period: the awaitable `AnalyticsReports.notifications`, documented there."""
        return await self._client.request(
            _REPORTS_NOTIFICATIONS,
            {
                "step": step,
                "start_time": start_time,
                "end_time": end_time,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def changes(
        self,
        *,
        step: Literal["day", "week", "month"],
        start_time: int,
        end_time: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> OncallChangeCountList:
        """Count changes per period: the awaitable `AnalyticsReports.changes`, documented there."""
        return await self._client.request(
            _REPORTS_CHANGES,
            {"step": step, "start_time": start_time, "end_time": end_time},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsResponders(AsyncResource):
    """Operations under `client.analytics.responders`."""

    async def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ResponderInsightMetricsList:
        """Get metrics by responder: the awaitable `AnalyticsResponders.metrics`, documented there."""
        return await self._client.request(
            _RESPONDERS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "responder_id",
                    "responder_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_reassigned",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "acknowledgement_pct",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by responder as CSV: the awaitable `AnalyticsResponders.export`, documented there."""
        return await self._client.request(
            _RESPONDERS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsTeams(AsyncResource):
    """Operations under `client.analytics.teams`."""

    async def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get metrics by team: the awaitable `AnalyticsTeams.metrics`, documented there."""
        return await self._client.request(
            _TEAMS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "team_id",
                    "team_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_closed",
                    "total_incidents_auto_closed",
                    "total_incidents_manually_closed",
                    "total_incidents_timeout_closed",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_incidents_reassigned",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "mean_seconds_to_close",
                    "noise_reduction_pct",
                    "acknowledgement_pct",
                    "total_alert_cnt",
                    "total_alert_event_cnt",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by team as CSV: the awaitable `AnalyticsTeams.export`, documented there."""
        return await self._client.request(
            _TEAMS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsChannels(AsyncResource):
    """Operations under `client.analytics.channels`."""

    async def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get metrics by channel: the awaitable `AnalyticsChannels.metrics`, documented there."""
        return await self._client.request(
            _CHANNELS_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "channel_id",
                    "channel_name",
                    "total_incident_cnt",
                    "total_incidents_acknowledged",
                    "total_incidents_closed",
                    "total_incidents_auto_closed",
                    "total_incidents_manually_closed",
                    "total_incidents_timeout_closed",
                    "total_incidents_escalated",
                    "total_incidents_manually_escalated",
                    "total_incidents_timeout_escalated",
                    "total_incidents_reassigned",
                    "total_interruptions",
                    "total_notifications",
                    "total_engaged_seconds",
                    "mean_seconds_to_ack",
                    "mean_seconds_to_close",
                    "noise_reduction_pct",
                    "acknowledgement_pct",
                    "total_alert_cnt",
                    "total_alert_event_cnt",
                    "hours",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export metrics by channel as CSV: the awaitable `AnalyticsChannels.export`, documented there."""
        return await self._client.request(
            _CHANNELS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "export_fields": export_fields,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsIncidents(AsyncResource):
    """Operations under `client.analytics.incidents`."""

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[InsightIncident]:
        """List incidents with handling metrics: the awaitable `AnalyticsIncidents.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _INCIDENTS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
            },
            options,
        )

    async def export(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        export_fields: (
            List[
                Literal[
                    "incident_id",
                    "title",
                    "severity",
                    "progress",
                    "channel_id",
                    "channel_name",
                    "team_id",
                    "team_name",
                    "created_at",
                    "seconds_to_ack",
                    "seconds_to_close",
                    "closed_by",
                    "engaged_seconds",
                    "hours",
                    "notifications",
                    "interruptions",
                    "acknowledgements",
                    "assignments",
                    "reassignments",
                    "escalations",
                    "manual_escalations",
                    "timeout_escalations",
                    "assigned_to",
                    "responders",
                    "description",
                    "labels",
                    "fields",
                    "creator_id",
                    "creator_name",
                ]
            ]
            | Omit
        ) = OMIT,
        description_html_to_text: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Export incidents with handling metrics as CSV: the awaitable `AnalyticsIncidents.export`, documented there."""
        return await self._client.request(
            _INCIDENTS_EXPORT,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "export_fields": export_fields,
                "description_html_to_text": description_html_to_text,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsAlerts(AsyncResource):
    """Operations under `client.analytics.alerts`."""

    async def top_by_label(
        self,
        *,
        start_time: int,
        end_time: int,
        label: Literal["check", "resource"],
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        k: int | Omit = OMIT,
        orderby: Literal["total_alert_cnt", "total_alert_event_cnt"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightAlertTopList:
        """Get the noisiest checks or resources: the awaitable `AnalyticsAlerts.top_by_label`, documented there."""
        return await self._client.request(
            _ALERTS_TOP_BY_LABEL,
            {
                "start_time": start_time,
                "end_time": end_time,
                "label": label,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
                "k": k,
                "orderby": orderby,
                "asc": asc,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalyticsAccount(AsyncResource):
    """Operations under `client.analytics.account`."""

    async def metrics(
        self,
        *,
        start_time: int,
        end_time: int,
        team_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        responder_ids: List[int] | Omit = OMIT,
        severities: List[Literal["Critical", "Warning", "Info", "Ok"]] | Omit = OMIT,
        incident_ids: List[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        fields: Dict[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> InsightMetricsList:
        """Get account metrics: the awaitable `AnalyticsAccount.metrics`, documented there."""
        return await self._client.request(
            _ACCOUNT_METRICS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "team_ids": team_ids,
                "channel_ids": channel_ids,
                "responder_ids": responder_ids,
                "severities": severities,
                "incident_ids": incident_ids,
                "query": query,
                "labels": labels,
                "fields": fields,
                "orderby": orderby,
                "asc": asc,
                "is_my_team": is_my_team,
                "time_zone": time_zone,
                "seconds_to_close_from": seconds_to_close_from,
                "seconds_to_close_to": seconds_to_close_to,
                "seconds_to_ack_from": seconds_to_ack_from,
                "seconds_to_ack_to": seconds_to_ack_to,
                "split_hours": split_hours,
                "aggregate_unit": aggregate_unit,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAnalytics(AsyncResource):
    """Operations under `client.analytics`."""

    @cached_property
    def account(self) -> AsyncAnalyticsAccount:
        return AsyncAnalyticsAccount(self._client)

    @cached_property
    def alerts(self) -> AsyncAnalyticsAlerts:
        return AsyncAnalyticsAlerts(self._client)

    @cached_property
    def incidents(self) -> AsyncAnalyticsIncidents:
        return AsyncAnalyticsIncidents(self._client)

    @cached_property
    def channels(self) -> AsyncAnalyticsChannels:
        return AsyncAnalyticsChannels(self._client)

    @cached_property
    def teams(self) -> AsyncAnalyticsTeams:
        return AsyncAnalyticsTeams(self._client)

    @cached_property
    def responders(self) -> AsyncAnalyticsResponders:
        return AsyncAnalyticsResponders(self._client)

    @cached_property
    def reports(self) -> AsyncAnalyticsReports:
        return AsyncAnalyticsReports(self._client)
