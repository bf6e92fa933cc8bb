"""`client.analytics.channels`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.insight_metrics_list import InsightMetricsList

_TYPES = TypeNames(
    __name__,
    {
        "InsightMetricsList": "defs.insight_metrics_list",
    },
)

__all__ = ["AnalyticsChannels", "AsyncAnalyticsChannels"]

_CHANNELS_METRICS: Endpoint[InsightMetricsList] = Endpoint(
    "POST",
    "/insight/channel",
    kind="model",
    data="InsightMetricsList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)
_CHANNELS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/channel/export",
    kind="bytes",
    idempotent=True,
    limits=(10, 20),
    times={"start_time": 1, "end_time": 1},
)


class AnalyticsChannels(SyncResource):
    """Operations under `client.analytics.channels`."""

    def metrics(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        include_ever_muted: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue] | Omit
        ) = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        fields: Mapping[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> InsightMetricsList:
        """Get metrics by channel.

        Aggregates incident handling metrics (counts, MTTA, MTTR, noise reduction,
        notifications) per channel for a time window, one row per channel and, when
        requested, per time bucket or hour split.

        Permission: Analytics Read.
        HTTP: POST /insight/channel

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted. An aware `datetime` is accepted too.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most. An aware `datetime` is accepted too.
            include_ever_muted: Count incidents that were muted at some point too.
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "include_ever_muted": include_ever_muted,
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
        }
        return self._client.request(_CHANNELS_METRICS, args, **options)

    def export(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        include_ever_muted: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue] | Omit
        ) = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        fields: Mapping[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        export_fields: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export metrics by channel as CSV.

        Downloads the per-channel metrics report as a CSV file with the columns chosen
        in `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 10 per second, 20 per minute, 100 per day (the daily quota is not paced).
        HTTP: POST /insight/channel/export

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted. An aware `datetime` is accepted too.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most. An aware `datetime` is accepted too.
            include_ever_muted: Count incidents that were muted at some point too.
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "include_ever_muted": include_ever_muted,
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
        }
        return self._client.request(_CHANNELS_EXPORT, args, **options)


class AsyncAnalyticsChannels(AsyncResource):
    """Operations under `client.analytics.channels`."""

    async def metrics(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        include_ever_muted: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue] | Omit
        ) = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        fields: Mapping[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> InsightMetricsList:
        """Get metrics by channel: the awaitable `AnalyticsChannels.metrics`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "include_ever_muted": include_ever_muted,
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
        }
        return await self._client.request(_CHANNELS_METRICS, args, **options)

    async def export(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        include_ever_muted: bool | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        responder_ids: SequenceNotStr[int] | Omit = OMIT,
        severities: (
            SequenceNotStr[Literal["Critical", "Warning", "Info", "Ok"] | EnumValue] | Omit
        ) = OMIT,
        incident_ids: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        fields: Mapping[str, Any] | Omit = OMIT,
        orderby: Literal["created_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        export_fields: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export metrics by channel as CSV: the awaitable `AnalyticsChannels.export`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "include_ever_muted": include_ever_muted,
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
        }
        return await self._client.request(_CHANNELS_EXPORT, args, **options)
