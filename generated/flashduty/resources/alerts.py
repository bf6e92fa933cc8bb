"""`client.alerts`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .alerts_events import AlertsEvents, AsyncAlertsEvents
    from .alerts_card_views import AlertsCardViews, AsyncAlertsCardViews
    from .alerts_pipelines import AlertsPipelines, AsyncAlertsPipelines
    from .alerts_enrichment import AlertsEnrichment, AsyncAlertsEnrichment
    from .alerts_data_sources import AlertsDataSources, AsyncAlertsDataSources
    from .alerts_changes import AlertsChanges, AsyncAlertsChanges
    from .alerts_webhooks import AlertsWebhooks, AsyncAlertsWebhooks
    from ..types.defs.alert import Alert
    from ..types.defs.alert_card_list import AlertCardList
    from ..types.defs.alert_event import AlertEvent
    from ..types.defs.alert_event_list import AlertEventList
    from ..types.defs.alert_feed_item import AlertFeedItem
    from ..types.defs.alert_feed_page import AlertFeedPage
    from ..types.defs.alert_page import AlertPage

_TYPES = TypeNames(
    __name__,
    {
        "Alert": "defs.alert",
        "AlertCardList": "defs.alert_card_list",
        "AlertEvent": "defs.alert_event",
        "AlertEventList": "defs.alert_event_list",
        "AlertFeedItem": "defs.alert_feed_item",
        "AlertFeedPage": "defs.alert_feed_page",
        "AlertPage": "defs.alert_page",
    },
)

__all__ = ["Alerts", "AsyncAlerts"]

_INFO: Endpoint[Alert] = Endpoint(
    "POST", "/alert/info", kind="model", data="Alert", types=_TYPES, idempotent=True
)
_LIST: Endpoint[AlertPage] = Endpoint(
    "POST",
    "/alert/list",
    kind="page",
    data="AlertPage",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_LIST_BY_IDS: Endpoint[AlertPage] = Endpoint(
    "POST", "/alert/list-by-ids", kind="model", data="AlertPage", types=_TYPES, idempotent=True
)
_LIST_BY_CARD: Endpoint[AlertCardList] = Endpoint(
    "POST",
    "/alert/list-by-card",
    kind="model",
    data="AlertCardList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1, "end_time": 1},
)
_CLOSE: Endpoint[None] = Endpoint("POST", "/alert/close", kind="none")
_MERGE: Endpoint[None] = Endpoint("POST", "/alert/merge", kind="none")
_FEED: Endpoint[AlertFeedPage] = Endpoint(
    "POST",
    "/alert/feed",
    kind="page",
    data="AlertFeedPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_LIST_EVENTS: Endpoint[AlertEventList] = Endpoint(
    "POST",
    "/alert/event/list",
    kind="page",
    data="AlertEventList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)


class Alerts(SyncResource):
    """Operations under `client.alerts`."""

    @cached_property
    def events(self) -> AlertsEvents:
        from .alerts_events import AlertsEvents

        return AlertsEvents(self._client)

    @cached_property
    def card_views(self) -> AlertsCardViews:
        from .alerts_card_views import AlertsCardViews

        return AlertsCardViews(self._client)

    @cached_property
    def pipelines(self) -> AlertsPipelines:
        from .alerts_pipelines import AlertsPipelines

        return AlertsPipelines(self._client)

    @cached_property
    def enrichment(self) -> AlertsEnrichment:
        from .alerts_enrichment import AlertsEnrichment

        return AlertsEnrichment(self._client)

    @cached_property
    def data_sources(self) -> AlertsDataSources:
        from .alerts_data_sources import AlertsDataSources

        return AlertsDataSources(self._client)

    @cached_property
    def changes(self) -> AlertsChanges:
        from .alerts_changes import AlertsChanges

        return AlertsChanges(self._client)

    @cached_property
    def webhooks(self) -> AlertsWebhooks:
        from .alerts_webhooks import AlertsWebhooks

        return AlertsWebhooks(self._client)

    def info(self, *, alert_id: str, **options: Unpack[RequestOptions]) -> Alert:
        """Get one alert.

        Returns an alert with its labels, integration, channel, event count and the
        incident it belongs to.

        Permission: Channels Read.
        HTTP: POST /alert/info

        Args:
            alert_id: Alert ID, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"alert_id": alert_id}
        return self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        title: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        alert_ids: SequenceNotStr[str] | Omit = OMIT,
        alert_keys: SequenceNotStr[str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        by_updated_at: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Alert, AlertPage]:
        """List alerts.

        Lists alerts active at some point of a time window of at most 31 days (an alert
        matches when it started before `end_time` and was last updated after
        `start_time`), filtered by channel, integration, severity, labels and state.
        Only channels the caller may see are searched. Pages with `p` and `limit` (`p` ×
        `limit` at most 10000) or with the `search_after_ctx` cursor.

        Permission: Channels Read.
        HTTP: POST /alert/list

        Args:
            start_time: Lower bound of the time range, Unix seconds. An aware `datetime`
                is accepted too.
            end_time: Upper bound of the time range, Unix seconds; no more than 31 days
                past `start_time`. An aware `datetime` is accepted too.
            p: Page number, from 1; leave out when paging with `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            is_active: Only firing alerts when true, only recovered ones when false;
                both when left out.
            ever_muted: Only alerts a silence or inhibit rule matched when true, only
                the others when false.
            alert_severity: Severities to match, comma separated, e.g.
                `Critical,Warning`.
            title: Title to match; exact, with `*` wildcards, or a regular expression
                between slashes.
            labels: Labels to match; values may use `*` wildcards or a regular
                expression between slashes.
            channel_ids: Channels to match.
            integration_ids: Integrations to match.
            alert_ids: Only these alerts.
            alert_keys: Only alerts with these alert keys.
            orderby: Sort field.
            asc: Oldest first when true; newest first by default.
            by_updated_at: Apply the time window to `updated_at` instead of the alert's
                active span.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "is_active": is_active,
            "ever_muted": ever_muted,
            "alert_severity": alert_severity,
            "title": title,
            "labels": labels,
            "channel_ids": channel_ids,
            "integration_ids": integration_ids,
            "alert_ids": alert_ids,
            "alert_keys": alert_keys,
            "orderby": orderby,
            "asc": asc,
            "by_updated_at": by_updated_at,
        }
        return sync_page(self._client, _LIST, args, options)

    def list_by_ids(
        self, *, alert_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> AlertPage:
        """Get several alerts by ID.

        Returns the alerts with the given IDs in one call. Every ID must belong to the
        account, or the whole call fails.

        Permission: Channels Read.
        HTTP: POST /alert/list-by-ids

        Args:
            alert_ids: Alerts to fetch.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"alert_ids": alert_ids}
        return self._client.request(_LIST_BY_IDS, args, **options)

    def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int | datetime,
        end_time: int | datetime,
        labels: Mapping[str, str],
        is_active: bool | Omit = OMIT,
        title: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AlertCardList:
        """List alerts grouped by a card view.

        Groups the alerts of a time window into cards, using the fields a card view
        compares (see `alerts.card_views.list`). At most 100 cards are returned.
        Documented only in the legacy reference.

        HTTP: POST /alert/list-by-card

        Args:
            view_id: Card view that decides the grouping.
            start_time: Lower bound of the time range, Unix seconds; alerts last updated
                after it match. An aware `datetime` is accepted too.
            end_time: Upper bound of the time range, Unix seconds; alerts started before
                it match. An aware `datetime` is accepted too.
            labels: Labels to match (send `{}` for none); values may use `*` wildcards
                or a regular expression between slashes.
            is_active: Only firing alerts when true, only recovered ones when false;
                both when left out.
            title: Title to match; exact, with `*` wildcards, or a regular expression
                between slashes.
            channel_id: Only alerts of this channel.
            integration_id: Only alerts of this integration.
            alert_severity: Severities to match, comma separated, e.g.
                `Critical,Warning`.
            is_my_channel: Only alerts of channels the caller belongs to when true.
            ever_muted: Only alerts a silence or inhibit rule matched when true, only
                the others when false.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "view_id": view_id,
            "start_time": start_time,
            "end_time": end_time,
            "labels": labels,
            "is_active": is_active,
            "title": title,
            "channel_id": channel_id,
            "integration_id": integration_id,
            "alert_severity": alert_severity,
            "is_my_channel": is_my_channel,
            "ever_muted": ever_muted,
        }
        return self._client.request(_LIST_BY_CARD, args, **options)

    def close(self, *, alert_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]) -> None:
        """Close alerts.

        Closes alerts by hand, as if they had recovered. Documented only in the legacy
        reference.

        HTTP: POST /alert/close

        Args:
            alert_ids: Alerts to close.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"alert_ids": alert_ids}
        return self._client.request(_CLOSE, args, **options)

    def merge(
        self,
        *,
        alert_ids: SequenceNotStr[str],
        incident_id: str,
        comment: str | Omit = OMIT,
        title: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Move alerts into an incident.

        Attaches alerts to an existing incident, optionally renaming it or changing its
        owner at the same time. An incident left without alerts by the move is closed.
        To open a new incident instead, use `incidents.create`.

        Permission: Channels Read.
        HTTP: POST /alert/merge

        Args:
            alert_ids: Alerts to move.
            incident_id: Incident ID, 24 hexadecimal characters.
            comment: Comment recorded with the move.
            title: Replaces the title of the target incident.
            owner_id: Makes this member the owner of the target incident.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "alert_ids": alert_ids,
            "incident_id": incident_id,
            "comment": comment,
            "title": title,
            "owner_id": owner_id,
        }
        return self._client.request(_MERGE, args, **options)

    def feed(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        types: (
            SequenceNotStr[
                Literal[
                    "a_new",
                    "a_update",
                    "a_close",
                    "a_comm",
                    "a_merge",
                    "a_m_silence",
                    "a_m_inhibit",
                    "a_ack",
                    "a_unack",
                    "a_m_flapping",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AlertFeedItem, AlertFeedPage]:
        """List an alert's activity.

        Returns the timeline of one alert (fired, updated, commented, merged, muted,
        closed), newest first unless `asc` is set. Entry times are in milliseconds.

        Permission: Channels Read.
        HTTP: POST /alert/feed

        Args:
            alert_id: Alert ID, 24 hexadecimal characters.
            p: Page number, from 1.
            limit: Page size, at most 100.
            asc: Oldest first when true.
            types: Only entries of these kinds.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"alert_id": alert_id, "p": p, "limit": limit, "asc": asc, "types": types}
        return sync_page(self._client, _FEED, args, options)

    def list_events(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AlertEvent, AlertEventList]:
        """Get the raw events behind an alert.

        Returns the raw events the integration received and folded into one alert, one
        page at a time (the current document pages them; older servers answered all at
        once, which reads as a single page).

        Permission: Channels Read.
        HTTP: POST /alert/event/list

        Args:
            alert_id: Alert ID, 24 hexadecimal characters.
            p: Page number, from 1.
            limit: Events per page, at most 100.
            asc: Oldest first when true.
            search_after_ctx: The `search_after_ctx` of the page before; leave out for
                the first page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "alert_id": alert_id,
            "p": p,
            "limit": limit,
            "asc": asc,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _LIST_EVENTS, args, options)


class AsyncAlerts(AsyncResource):
    """Operations under `client.alerts`."""

    @cached_property
    def events(self) -> AsyncAlertsEvents:
        from .alerts_events import AsyncAlertsEvents

        return AsyncAlertsEvents(self._client)

    @cached_property
    def card_views(self) -> AsyncAlertsCardViews:
        from .alerts_card_views import AsyncAlertsCardViews

        return AsyncAlertsCardViews(self._client)

    @cached_property
    def pipelines(self) -> AsyncAlertsPipelines:
        from .alerts_pipelines import AsyncAlertsPipelines

        return AsyncAlertsPipelines(self._client)

    @cached_property
    def enrichment(self) -> AsyncAlertsEnrichment:
        from .alerts_enrichment import AsyncAlertsEnrichment

        return AsyncAlertsEnrichment(self._client)

    @cached_property
    def data_sources(self) -> AsyncAlertsDataSources:
        from .alerts_data_sources import AsyncAlertsDataSources

        return AsyncAlertsDataSources(self._client)

    @cached_property
    def changes(self) -> AsyncAlertsChanges:
        from .alerts_changes import AsyncAlertsChanges

        return AsyncAlertsChanges(self._client)

    @cached_property
    def webhooks(self) -> AsyncAlertsWebhooks:
        from .alerts_webhooks import AsyncAlertsWebhooks

        return AsyncAlertsWebhooks(self._client)

    async def info(self, *, alert_id: str, **options: Unpack[RequestOptions]) -> Alert:
        """Get one alert: the awaitable `Alerts.info`, documented there."""
        args = {"alert_id": alert_id}
        return await self._client.request(_INFO, args, **options)

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        title: str | Omit = OMIT,
        labels: Mapping[str, str] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        integration_ids: SequenceNotStr[int] | Omit = OMIT,
        alert_ids: SequenceNotStr[str] | Omit = OMIT,
        alert_keys: SequenceNotStr[str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        by_updated_at: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Alert, AlertPage]:
        """List alerts: the awaitable `Alerts.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
            "is_active": is_active,
            "ever_muted": ever_muted,
            "alert_severity": alert_severity,
            "title": title,
            "labels": labels,
            "channel_ids": channel_ids,
            "integration_ids": integration_ids,
            "alert_ids": alert_ids,
            "alert_keys": alert_keys,
            "orderby": orderby,
            "asc": asc,
            "by_updated_at": by_updated_at,
        }
        return AsyncPager(self._client, _LIST, args, options)

    async def list_by_ids(
        self, *, alert_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> AlertPage:
        """Get several alerts by ID: the awaitable `Alerts.list_by_ids`, documented there."""
        args = {"alert_ids": alert_ids}
        return await self._client.request(_LIST_BY_IDS, args, **options)

    async def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int | datetime,
        end_time: int | datetime,
        labels: Mapping[str, str],
        is_active: bool | Omit = OMIT,
        title: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AlertCardList:
        """List alerts grouped by a card view: the awaitable `Alerts.list_by_card`, documented there."""
        args = {
            "view_id": view_id,
            "start_time": start_time,
            "end_time": end_time,
            "labels": labels,
            "is_active": is_active,
            "title": title,
            "channel_id": channel_id,
            "integration_id": integration_id,
            "alert_severity": alert_severity,
            "is_my_channel": is_my_channel,
            "ever_muted": ever_muted,
        }
        return await self._client.request(_LIST_BY_CARD, args, **options)

    async def close(
        self, *, alert_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Close alerts: the awaitable `Alerts.close`, documented there."""
        args = {"alert_ids": alert_ids}
        return await self._client.request(_CLOSE, args, **options)

    async def merge(
        self,
        *,
        alert_ids: SequenceNotStr[str],
        incident_id: str,
        comment: str | Omit = OMIT,
        title: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Move alerts into an incident: the awaitable `Alerts.merge`, documented there."""
        args = {
            "alert_ids": alert_ids,
            "incident_id": incident_id,
            "comment": comment,
            "title": title,
            "owner_id": owner_id,
        }
        return await self._client.request(_MERGE, args, **options)

    def feed(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        types: (
            SequenceNotStr[
                Literal[
                    "a_new",
                    "a_update",
                    "a_close",
                    "a_comm",
                    "a_merge",
                    "a_m_silence",
                    "a_m_inhibit",
                    "a_ack",
                    "a_unack",
                    "a_m_flapping",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AlertFeedItem, AlertFeedPage]:
        """List an alert's activity: the awaitable `Alerts.feed`, documented there."""
        args = {"alert_id": alert_id, "p": p, "limit": limit, "asc": asc, "types": types}
        return AsyncPager(self._client, _FEED, args, options)

    def list_events(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AlertEvent, AlertEventList]:
        """Get the raw events behind an alert: the awaitable `Alerts.list_events`, documented there."""
        args = {
            "alert_id": alert_id,
            "p": p,
            "limit": limit,
            "asc": asc,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _LIST_EVENTS, args, options)
