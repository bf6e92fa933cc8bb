"""`client.analytics.account`. Generated from spec/; do not edit."""

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

__all__ = ["AnalyticsAccount", "AsyncAnalyticsAccount"]

_ACCOUNT_METRICS: Endpoint[InsightMetricsList] = Endpoint(
    "POST",
    "/insight/account",
    kind="model",
    data="InsightMetricsList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)


class AnalyticsAccount(SyncResource):
    """Operations under `client.analytics.account`."""

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
        """Get account metrics.

        Aggregates incident handling metrics (counts, MTTA, MTTR, noise reduction,
        notifications) over the whole account for a time window. One row covers the
        window unless `aggregate_unit` buckets it by time or `split_hours` splits it by
        working, sleeping and off hours.

        Permission: Analytics Read.
        HTTP: POST /insight/account

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
        return self._client.request(_ACCOUNT_METRICS, args, **options)


class AsyncAnalyticsAccount(AsyncResource):
    """Operations under `client.analytics.account`."""

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
        """Get account metrics: the awaitable `AnalyticsAccount.metrics`, documented there."""
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
        return await self._client.request(_ACCOUNT_METRICS, args, **options)
