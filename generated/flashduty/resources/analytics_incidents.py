"""`client.analytics.incidents`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.insight_incident import InsightIncident
    from ..types.defs.insight_incident_page import InsightIncidentPage

_TYPES = TypeNames(
    __name__,
    {
        "InsightIncident": "defs.insight_incident",
        "InsightIncidentPage": "defs.insight_incident_page",
    },
)

__all__ = ["AnalyticsIncidents", "AsyncAnalyticsIncidents"]

_INCIDENTS_LIST: Endpoint[InsightIncidentPage] = Endpoint(
    "POST",
    "/insight/incident/list",
    kind="page",
    data="InsightIncidentPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_INCIDENTS_EXPORT: Endpoint[bytes] = Endpoint(
    "POST",
    "/insight/incident/export",
    kind="bytes",
    idempotent=True,
    limits=(10, 20),
    times={"start_time": 1, "end_time": 1},
)


class AnalyticsIncidents(SyncResource):
    """Operations under `client.analytics.incidents`."""

    def list(
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
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[InsightIncident, InsightIncidentPage]:
        """List incidents with handling metrics.

        Lists the incidents behind the analytics reports, each with its time to
        acknowledge and close, engaged time, and notification, assignment and escalation
        counts. Pages with `p` and `limit`, or with the `search_after_ctx` cursor for
        deep walks.

        Permission: Analytics Read.
        HTTP: POST /insight/incident/list

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
            p: Page number, from 1; `p` × `limit` may not exceed 10000. Use either `p`
                or `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
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
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _INCIDENTS_LIST, args, options)

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
        export_fields: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        description_html_to_text: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export incidents with handling metrics as CSV.

        Downloads the incidents matching the filters as a CSV file, one row per incident
        with the columns chosen in `export_fields`. The SDK returns the raw bytes.

        Permission: Analytics Read.
        Rate limit: 10 per second, 20 per minute, 100 per day (the daily quota is not paced).
        HTTP: POST /insight/incident/export

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
            export_fields: CSV columns to include, up to 50; every column when omitted.
            description_html_to_text: Convert the description column from HTML to plain
                text.
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
            "export_fields": export_fields,
            "description_html_to_text": description_html_to_text,
        }
        return self._client.request(_INCIDENTS_EXPORT, args, **options)


class AsyncAnalyticsIncidents(AsyncResource):
    """Operations under `client.analytics.incidents`."""

    def list(
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
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[InsightIncident, InsightIncidentPage]:
        """List incidents with handling metrics: the awaitable `AnalyticsIncidents.list`, documented there."""
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
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _INCIDENTS_LIST, args, options)

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
        export_fields: (
            SequenceNotStr[
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
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        description_html_to_text: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Export incidents with handling metrics as CSV: the awaitable `AnalyticsIncidents.export`, documented there."""
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
            "export_fields": export_fields,
            "description_html_to_text": description_html_to_text,
        }
        return await self._client.request(_INCIDENTS_EXPORT, args, **options)
