"""`client.analytics.alerts`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.insight_alert_top_list import InsightAlertTopList

_TYPES = TypeNames(
    __name__,
    {
        "InsightAlertTopList": "defs.insight_alert_top_list",
    },
)

__all__ = ["AnalyticsAlerts", "AsyncAnalyticsAlerts"]

_ALERTS_TOP_BY_LABEL: Endpoint[InsightAlertTopList] = Endpoint(
    "POST",
    "/insight/alert/topk-by-label",
    kind="model",
    data="InsightAlertTopList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)


class AnalyticsAlerts(SyncResource):
    """Operations under `client.analytics.alerts`."""

    def top_by_label(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        label: Literal["check", "resource"] | EnumValue,
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
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        k: int | Omit = OMIT,
        orderby: Literal["total_alert_cnt", "total_alert_event_cnt"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> InsightAlertTopList:
        """Get the noisiest checks or resources.

        Groups the alerts of a time window by their `check` or `resource` label and
        returns the top K values by alert count or alert event count - a quick way to
        find the checks or hosts that page the most.

        Permission: Analytics Read.
        HTTP: POST /insight/alert/topk-by-label

        Args:
            start_time: Lower bound of the time range, Unix seconds; incidents triggered
                after it are counted. An aware `datetime` is accepted too.
            end_time: Upper bound of the time range, Unix seconds; must be after
                `start_time`, by one year at most. An aware `datetime` is accepted too.
            label: Label to group alerts by.
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "label": label,
            "include_ever_muted": include_ever_muted,
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
        }
        return self._client.request(_ALERTS_TOP_BY_LABEL, args, **options)


class AsyncAnalyticsAlerts(AsyncResource):
    """Operations under `client.analytics.alerts`."""

    async def top_by_label(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        label: Literal["check", "resource"] | EnumValue,
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
        is_my_team: bool | Omit = OMIT,
        time_zone: str | Omit = OMIT,
        seconds_to_close_from: int | Omit = OMIT,
        seconds_to_close_to: int | Omit = OMIT,
        seconds_to_ack_from: int | Omit = OMIT,
        seconds_to_ack_to: int | Omit = OMIT,
        split_hours: bool | Omit = OMIT,
        aggregate_unit: Literal["day", "week", "month"] | EnumValue | Omit = OMIT,
        k: int | Omit = OMIT,
        orderby: Literal["total_alert_cnt", "total_alert_event_cnt"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> InsightAlertTopList:
        """Get the noisiest checks or resources: the awaitable `AnalyticsAlerts.top_by_label`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "label": label,
            "include_ever_muted": include_ever_muted,
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
        }
        return await self._client.request(_ALERTS_TOP_BY_LABEL, args, **options)
