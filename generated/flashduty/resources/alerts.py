"""The `alerts` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.alert import Alert
    from ..types.defs.alert_card_list import AlertCardList
    from ..types.defs.alert_card_view_created import AlertCardViewCreated
    from ..types.defs.alert_card_view_list import AlertCardViewList
    from ..types.defs.alert_card_view_updated import AlertCardViewUpdated
    from ..types.defs.alert_event import AlertEvent
    from ..types.defs.alert_event_list import AlertEventList
    from ..types.defs.alert_event_page import AlertEventPage
    from ..types.defs.alert_feed_item import AlertFeedItem
    from ..types.defs.alert_feed_page import AlertFeedPage
    from ..types.defs.alert_page import AlertPage
    from ..types.defs.alert_pipeline import AlertPipeline
    from ..types.defs.alert_pipeline_list import AlertPipelineList
    from ..types.defs.alert_pipeline_rule import AlertPipelineRule
    from ..types.defs.change import Change
    from ..types.defs.change_page import ChangePage
    from ..types.defs.enrichment import Enrichment
    from ..types.defs.enrichment_list import EnrichmentList
    from ..types.defs.enrichment_rule import EnrichmentRule
    from ..types.defs.filter_condition import FilterCondition
    from ..types.defs.integration import Integration
    from ..types.defs.integration_upserted import IntegrationUpserted
    from ..types.defs.mapping_api import MappingApi
    from ..types.defs.mapping_api_created import MappingApiCreated
    from ..types.defs.mapping_api_list import MappingApiList
    from ..types.defs.mapping_data_page import MappingDataPage
    from ..types.defs.mapping_data_row import MappingDataRow
    from ..types.defs.mapping_data_upserted import MappingDataUpserted
    from ..types.defs.mapping_schema import MappingSchema
    from ..types.defs.mapping_schema_created import MappingSchemaCreated
    from ..types.defs.mapping_schema_list import MappingSchemaList
    from ..types.defs.webhook_history_detail import WebhookHistoryDetail
    from ..types.defs.webhook_history_page import WebhookHistoryPage
    from ..types.defs.webhook_integration_settings import WebhookIntegrationSettings

_TYPES = TypeNames(
    __name__,
    {
        "Alert": "defs.alert",
        "AlertCardList": "defs.alert_card_list",
        "AlertCardViewCreated": "defs.alert_card_view_created",
        "AlertCardViewList": "defs.alert_card_view_list",
        "AlertCardViewUpdated": "defs.alert_card_view_updated",
        "AlertEvent": "defs.alert_event",
        "AlertEventList": "defs.alert_event_list",
        "AlertEventPage": "defs.alert_event_page",
        "AlertFeedItem": "defs.alert_feed_item",
        "AlertFeedPage": "defs.alert_feed_page",
        "AlertPage": "defs.alert_page",
        "AlertPipeline": "defs.alert_pipeline",
        "AlertPipelineList": "defs.alert_pipeline_list",
        "AlertPipelineRule": "defs.alert_pipeline_rule",
        "Change": "defs.change",
        "ChangePage": "defs.change_page",
        "Enrichment": "defs.enrichment",
        "EnrichmentList": "defs.enrichment_list",
        "EnrichmentRule": "defs.enrichment_rule",
        "FilterCondition": "defs.filter_condition",
        "Integration": "defs.integration",
        "IntegrationUpserted": "defs.integration_upserted",
        "MappingApi": "defs.mapping_api",
        "MappingApiCreated": "defs.mapping_api_created",
        "MappingApiList": "defs.mapping_api_list",
        "MappingDataPage": "defs.mapping_data_page",
        "MappingDataRow": "defs.mapping_data_row",
        "MappingDataUpserted": "defs.mapping_data_upserted",
        "MappingSchema": "defs.mapping_schema",
        "MappingSchemaCreated": "defs.mapping_schema_created",
        "MappingSchemaList": "defs.mapping_schema_list",
        "WebhookHistoryDetail": "defs.webhook_history_detail",
        "WebhookHistoryPage": "defs.webhook_history_page",
        "WebhookIntegrationSettings": "defs.webhook_integration_settings",
    },
)

__all__ = [
    "Alerts",
    "AsyncAlerts",
    "AlertsEvents",
    "AsyncAlertsEvents",
    "AlertsCardViews",
    "AsyncAlertsCardViews",
    "AlertsPipelines",
    "AsyncAlertsPipelines",
    "AlertsEnrichment",
    "AsyncAlertsEnrichment",
    "AlertsEnrichmentMapping",
    "AsyncAlertsEnrichmentMapping",
    "AlertsEnrichmentMappingSchemas",
    "AsyncAlertsEnrichmentMappingSchemas",
    "AlertsEnrichmentMappingData",
    "AsyncAlertsEnrichmentMappingData",
    "AlertsEnrichmentMappingApis",
    "AsyncAlertsEnrichmentMappingApis",
    "AlertsDataSources",
    "AsyncAlertsDataSources",
    "AlertsChanges",
    "AsyncAlertsChanges",
    "AlertsWebhooks",
    "AsyncAlertsWebhooks",
]

_INFO: Endpoint[Alert] = Endpoint(
    "POST",
    "/alert/info",
    kind="model",
    data="Alert",
    types=_TYPES,
    idempotent=True,
)
_LIST: Endpoint[AlertPage] = Endpoint(
    "POST",
    "/alert/list",
    kind="page",
    data="AlertPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_LIST_BY_IDS: Endpoint[AlertPage] = Endpoint(
    "POST",
    "/alert/list-by-ids",
    kind="model",
    data="AlertPage",
    types=_TYPES,
    idempotent=True,
)
_LIST_BY_CARD: Endpoint[AlertCardList] = Endpoint(
    "POST",
    "/alert/list-by-card",
    kind="model",
    data="AlertCardList",
    types=_TYPES,
    idempotent=True,
)
_CLOSE: Endpoint[None] = Endpoint(
    "POST",
    "/alert/close",
    kind="none",
)
_MERGE: Endpoint[None] = Endpoint(
    "POST",
    "/alert/merge",
    kind="none",
)
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
    kind="model",
    data="AlertEventList",
    types=_TYPES,
    idempotent=True,
)
_EVENTS_LIST: Endpoint[AlertEventPage] = Endpoint(
    "POST",
    "/alert-event/list",
    kind="page",
    data="AlertEventPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_CARD_VIEWS_CREATE: Endpoint[AlertCardViewCreated] = Endpoint(
    "POST",
    "/alert/card-view/create",
    kind="model",
    data="AlertCardViewCreated",
    types=_TYPES,
)
_CARD_VIEWS_UPDATE: Endpoint[AlertCardViewUpdated] = Endpoint(
    "POST",
    "/alert/card-view/update",
    kind="model",
    data="AlertCardViewUpdated",
    types=_TYPES,
)
_CARD_VIEWS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/alert/card-view/delete",
    kind="none",
)
_CARD_VIEWS_LIST: Endpoint[AlertCardViewList] = Endpoint(
    "POST",
    "/alert/card-view/list",
    kind="model",
    data="AlertCardViewList",
    types=_TYPES,
    idempotent=True,
)
_PIPELINES_INFO: Endpoint[AlertPipeline] = Endpoint(
    "POST",
    "/alert/pipeline/info",
    kind="model",
    data="AlertPipeline",
    types=_TYPES,
    idempotent=True,
)
_PIPELINES_LIST: Endpoint[AlertPipelineList] = Endpoint(
    "POST",
    "/alert/pipeline/list",
    kind="model",
    data="AlertPipelineList",
    types=_TYPES,
    idempotent=True,
)
_PIPELINES_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/alert/pipeline/upsert",
    kind="none",
    models={"rules": ("AlertPipelineRule", "l")},
    types=_TYPES,
)
_ENRICHMENT_INFO: Endpoint[Enrichment] = Endpoint(
    "POST",
    "/enrichment/info",
    kind="model",
    data="Enrichment",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_LIST: Endpoint[EnrichmentList] = Endpoint(
    "POST",
    "/enrichment/list",
    kind="model",
    data="EnrichmentList",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/upsert",
    kind="none",
    models={"rules": ("EnrichmentRule", "l")},
    types=_TYPES,
)
_ENRICHMENT_MAPPING_SCHEMAS_CREATE: Endpoint[MappingSchemaCreated] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/create",
    kind="model",
    data="MappingSchemaCreated",
    types=_TYPES,
)
_ENRICHMENT_MAPPING_SCHEMAS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/update",
    kind="none",
)
_ENRICHMENT_MAPPING_SCHEMAS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/delete",
    kind="none",
)
_ENRICHMENT_MAPPING_SCHEMAS_INFO: Endpoint[MappingSchema] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/info",
    kind="model",
    data="MappingSchema",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_MAPPING_SCHEMAS_LIST: Endpoint[MappingSchemaList] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/list",
    kind="model",
    data="MappingSchemaList",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_MAPPING_DATA_LIST: Endpoint[MappingDataPage] = Endpoint(
    "POST",
    "/enrichment/mapping/data/list",
    kind="page",
    data="MappingDataPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_ENRICHMENT_MAPPING_DATA_UPSERT: Endpoint[MappingDataUpserted] = Endpoint(
    "POST",
    "/enrichment/mapping/data/upsert",
    kind="model",
    data="MappingDataUpserted",
    types=_TYPES,
)
_ENRICHMENT_MAPPING_DATA_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/data/delete",
    kind="none",
)
_ENRICHMENT_MAPPING_DATA_TRUNCATE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/data/truncate",
    kind="none",
)
_ENRICHMENT_MAPPING_DATA_UPLOAD: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/data/upload",
    kind="none",
    query=("schema_id", "do_not_truncate_first"),
    files=("file",),
    multipart=True,
)
_ENRICHMENT_MAPPING_DATA_DOWNLOAD: Endpoint[bytes] = Endpoint(
    "POST",
    "/enrichment/mapping/data/download",
    kind="bytes",
    idempotent=True,
)
_ENRICHMENT_MAPPING_APIS_CREATE: Endpoint[MappingApiCreated] = Endpoint(
    "POST",
    "/enrichment/mapping/api/create",
    kind="model",
    data="MappingApiCreated",
    types=_TYPES,
)
_ENRICHMENT_MAPPING_APIS_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/api/update",
    kind="none",
)
_ENRICHMENT_MAPPING_APIS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/api/delete",
    kind="none",
)
_ENRICHMENT_MAPPING_APIS_INFO: Endpoint[MappingApi] = Endpoint(
    "POST",
    "/enrichment/mapping/api/info",
    kind="model",
    data="MappingApi",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_MAPPING_APIS_LIST: Endpoint[MappingApiList] = Endpoint(
    "POST",
    "/enrichment/mapping/api/list",
    kind="model",
    data="MappingApiList",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_LIST: Endpoint[List[Integration]] = Endpoint(
    "POST",
    "/datasource/list",
    kind="list",
    data="List[Integration]",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_INFO: Endpoint[Integration] = Endpoint(
    "POST",
    "/datasource/desc",
    kind="model",
    data="Integration",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_UPSERT: Endpoint[IntegrationUpserted] = Endpoint(
    "POST",
    "/datasource/upsert",
    kind="model",
    data="IntegrationUpserted",
    types=_TYPES,
    models={"settings": ("WebhookIntegrationSettings", "")},
)
_CHANGES_LIST: Endpoint[ChangePage] = Endpoint(
    "POST",
    "/change/list",
    kind="page",
    data="ChangePage",
    types=_TYPES,
    idempotent=True,
    models={"filters": ("FilterCondition", "ll")},
    paging=Paging(items="items", page="p"),
)
_WEBHOOKS_LIST_HISTORY: Endpoint[WebhookHistoryPage] = Endpoint(
    "POST",
    "/webhook/history/list",
    kind="model",
    data="WebhookHistoryPage",
    types=_TYPES,
    idempotent=True,
)
_WEBHOOKS_HISTORY_DETAIL: Endpoint[WebhookHistoryDetail] = Endpoint(
    "POST",
    "/webhook/history/detail",
    kind="model",
    data="WebhookHistoryDetail",
    types=_TYPES,
    idempotent=True,
)


class AlertsWebhooks(SyncResource):
    """Operations under `client.alerts.webhooks`."""

    def list_history(
        self,
        *,
        start_time: int,
        end_time: int,
        limit: int,
        search_after_ctx: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        orderby: Literal["event_time"] | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        event_types: List[str] | Omit = OMIT,
        status: Literal["success", "failed"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookHistoryPage:
        """List webhook deliveries.

        Lists the delivery attempts of outgoing webhooks inside a time window given in
        milliseconds, filtered by integration, incident or alert, event type and
        outcome. Pages with the `search_after_ctx` cursor only; it is empty on the last
        page.

        Permission: Integrations Read.
        HTTP: POST /webhook/history/list

        Args:
            start_time: Start of the window, Unix milliseconds.
            end_time: End of the window, Unix milliseconds; after `start_time`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            asc: Oldest first when true.
            orderby: Sort field.
            ref_id: Only deliveries about this incident or alert.
            integration_id: Only deliveries of this webhook integration.
            event_types: Only these event types, e.g. `i_new` or `a_update`.
            status: Outcome of a webhook delivery attempt.
        """
        return self._client.request(
            _WEBHOOKS_LIST_HISTORY,
            {
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "asc": asc,
                "orderby": orderby,
                "ref_id": ref_id,
                "integration_id": integration_id,
                "event_types": event_types,
                "status": status,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def history_detail(
        self,
        *,
        event_id: str,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookHistoryDetail:
        """Get one webhook delivery.

        Returns one delivery attempt with the request and response it exchanged and the
        names of the incident or alert and channel.

        Permission: Integrations Read.
        HTTP: POST /webhook/history/detail

        Args:
            event_id: Delivery ID, from `alerts.webhooks.list_history`.
            integration_id: Webhook integration that sent it.
        """
        return self._client.request(
            _WEBHOOKS_HISTORY_DETAIL,
            {"event_id": event_id, "integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AlertsChanges(SyncResource):
    """Operations under `client.alerts.changes`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        start_time: int | Omit = OMIT,
        end_time: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        include_events: bool | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        order_by: Literal["start_time", "last_time"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Change]:
        """List changes.

        Lists changes (deployments, configuration changes…) pushed by change
        integrations, filtered by time, integration, channel, text and a filter tree.
        Without a time window the last hour is searched. Documented only in the legacy
        reference.

        HTTP: POST /change/list

        Args:
            p: Page number, from 1.
            limit: Page size.
            start_time: Lower bound of the time range, Unix seconds; send together with
                `end_time`.
            end_time: Upper bound of the time range, Unix seconds.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            include_events: Also return each change's events when true.
            integration_ids: Change integrations to match.
            channel_ids: Channels to match.
            order_by: Sort field.
            asc: Oldest first when true.
            query: Regular expression matched against title, description and change key.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _CHANGES_LIST,
            {
                "p": p,
                "limit": limit,
                "start_time": start_time,
                "end_time": end_time,
                "filters": filters,
                "include_events": include_events,
                "integration_ids": integration_ids,
                "channel_ids": channel_ids,
                "order_by": order_by,
                "asc": asc,
                "query": query,
            },
            options,
        )


class AlertsDataSources(SyncResource):
    """Operations under `client.alerts.data_sources`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        category: Literal["event.alert", "im", "webhook", "event.change", "other"] | Omit = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[Integration]:
        """List integrations.

        Lists the account's integrations (data sources): alert and change event sources,
        IM apps, webhooks and others, filtered by category, type, name, status or team.
        Documented only in the legacy reference, which gives a plain list without a page
        count.

        HTTP: POST /datasource/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Sort field.
            asc: Ascending order when true.
            category: Kind of integration.
            plugin_type: Integration type as the console names it, e.g. `Prometheus` or
                `Zabbix`.
            status: Status to match, e.g. `enabled`.
            name: Integration name to match.
            is_my_team: Only integrations of teams the caller belongs to when true.
            team_ids: Owning teams to match.
        """
        return self._client.request(
            _DATA_SOURCES_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "category": category,
                "plugin_type": plugin_type,
                "status": status,
                "name": name,
                "is_my_team": is_my_team,
                "team_ids": team_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        integration_id: int,
        integration_key: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Integration:
        """Get an integration.

        Returns one integration (data source) with its key and settings. Documented only
        in the legacy reference.

        HTTP: POST /datasource/desc

        Args:
            integration_id: Integration to read.
            integration_key: Its key, as an alternative way to identify it.
        """
        return self._client.request(
            _DATA_SOURCES_INFO,
            {"integration_id": integration_id, "integration_key": integration_key},
            timeout,
            max_retries,
            extra_headers,
        )

    def upsert(
        self,
        *,
        integration_id: int,
        name: str,
        plugin_id: Literal[302],
        settings: WebhookIntegrationSettings | Dict[str, Any],
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> IntegrationUpserted:
        """Create or update a webhook integration.

        Creates an outgoing webhook integration, or updates the one named by
        `integration_id`; `plugin_id` 302 is the only type accepted. Documented only in
        the legacy reference.

        HTTP: POST /datasource/upsert

        Args:
            integration_id: Integration to update; 0 creates a new one.
            name: Integration name.
            plugin_id: Integration type; 302 is the outgoing webhook.
            settings: Configuration of an outgoing webhook integration.
            team_id: Owning team; 0 for none.
            description: Description.
        """
        return self._client.request(
            _DATA_SOURCES_UPSERT,
            {
                "integration_id": integration_id,
                "name": name,
                "plugin_id": plugin_id,
                "settings": settings,
                "team_id": team_id,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AlertsEnrichmentMappingApis(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.apis`."""

    def create(
        self,
        *,
        api_name: str,
        url: str,
        description: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Dict[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApiCreated:
        """Create a mapping API.

        Registers an HTTP endpoint that `mapping` enrichment rules call to look labels
        up. The URL must be http(s) and, on the SaaS service, must not resolve to an
        internal address; sensitive headers such as `Authorization` or `Cookie` are
        refused there. An account holds at most 50 mapping APIs. Recorded in the audit
        log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/create

        Args:
            api_name: Name, unique in the account.
            url: Endpoint to call.
            description: Description; cut at 500 characters.
            insecure_skip_verify: Skip TLS certificate verification.
            headers: Extra request headers.
            timeout_: Read timeout in seconds.
            retry_count: Retries after a failed call.
            team_id: Owning team; 0 for none.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_APIS_CREATE,
            {
                "api_name": api_name,
                "url": url,
                "description": description,
                "insecure_skip_verify": insecure_skip_verify,
                "headers": headers,
                "timeout": timeout_,
                "retry_count": retry_count,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        api_id: str,
        api_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        url: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Dict[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a mapping API.

        Changes the fields given and keeps the others; `headers`, when given, replaces
        all headers. Only the creator, an account admin or a member of the owning team
        may update it. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/update

        Args:
            api_id: Mapping API to update.
            api_name: New name.
            description: Replacement description; anything past 500 characters is cut
                off.
            url: New endpoint.
            insecure_skip_verify: Skip TLS certificate verification.
            headers: New headers, replacing the old ones.
            timeout_: Read timeout in seconds.
            retry_count: Retries after a failed call.
            team_id: Team to own the API from now on; 0 for no team.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_APIS_UPDATE,
            {
                "api_id": api_id,
                "api_name": api_name,
                "description": description,
                "url": url,
                "insecure_skip_verify": insecure_skip_verify,
                "headers": headers,
                "timeout": timeout_,
                "retry_count": retry_count,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        api_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a mapping API.

        Deletes a mapping API. Fails while an enrichment rule still uses it. Only the
        creator, an account admin or a member of the owning team may delete it. Recorded
        in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/delete

        Args:
            api_id: Mapping API to delete.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_APIS_DELETE, {"api_id": api_id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        api_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApi:
        """Get a mapping API.

        Returns one mapping API; `data` is null when it does not exist. Any valid key
        may call it.

        HTTP: POST /enrichment/mapping/api/info

        Args:
            api_id: Mapping API to read.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_APIS_INFO, {"api_id": api_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApiList:
        """List mapping APIs.

        Returns every mapping API of the account.

        Permission: Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/api/list
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_APIS_LIST, {}, timeout, max_retries, extra_headers
        )


class AlertsEnrichmentMappingData(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.data`."""

    def list(
        self,
        *,
        schema_id: str,
        query: Dict[str, str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[MappingDataRow]:
        """List the rows of a mapping schema.

        Lists the rows of a mapping schema, optionally only the row whose source label
        values equal `query` (which must then name every source label). Pages with `p`
        and `limit` or with the `search_after_ctx` cursor.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/data/list

        Args:
            schema_id: Schema whose rows to list.
            query: Exact values of all source labels, to find one row.
            orderby: Sort field.
            asc: Oldest first when true.
            p: Page number, from 1; leave out when paging with `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _ENRICHMENT_MAPPING_DATA_LIST,
            {
                "schema_id": schema_id,
                "query": query,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
            },
            options,
        )

    def upsert(
        self,
        *,
        schema_id: str,
        docs: List[Dict[str, str]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingDataUpserted:
        """Write rows of a mapping schema.

        Inserts or updates up to 1000 rows, keyed by their source label values. Each row
        needs a value (at most 2048 characters) for every source and result label;
        unknown labels are ignored. A schema holds at most 10000 rows by default.
        Concurrent writes to one schema may fail with `RequestTooFrequently`.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/upsert

        Args:
            schema_id: Schema to write to.
            docs: Rows, each mapping every label of the schema to its value.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_DATA_UPSERT,
            {"schema_id": schema_id, "docs": docs},
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        schema_id: str,
        keys: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete mapping schema rows by key.

        Deletes up to 100 rows of a mapping schema by key.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/delete

        Args:
            schema_id: Schema to delete from.
            keys: Row keys to remove.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_DATA_DELETE,
            {"schema_id": schema_id, "keys": keys},
            timeout,
            max_retries,
            extra_headers,
        )

    def truncate(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete every row of a mapping schema.

        Empties a mapping schema; the schema itself stays. Irreversible, high-risk and
        recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/truncate

        Args:
            schema_id: Schema to empty.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_DATA_TRUNCATE,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def upload(
        self,
        *,
        schema_id: str,
        file: FileInput,
        do_not_truncate_first: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Load the rows of a mapping schema from CSV.

        Uploads a CSV file (at most 100 MB) whose header names every source and result
        label, as a multipart form. The schema's rows are replaced unless
        `do_not_truncate_first` is true, in which case the file's rows are added. A key
        that appears twice in the file fails the call.

        Permission: Mappings Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /enrichment/mapping/data/upload

        Args:
            schema_id: Schema to load into.
            file: The CSV file.
            do_not_truncate_first: Keep the existing rows and add the file's rows when
                true; replace them by default.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_DATA_UPLOAD,
            {"schema_id": schema_id, "file": file, "do_not_truncate_first": do_not_truncate_first},
            timeout,
            max_retries,
            extra_headers,
        )

    def download(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Download the rows of a mapping schema as CSV.

        Downloads the full contents of a mapping schema in CSV form. The header row
        names the source labels first, then the result labels.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/data/download

        Args:
            schema_id: Schema to export.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_DATA_DOWNLOAD,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AlertsEnrichmentMappingSchemas(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.schemas`."""

    def create(
        self,
        *,
        schema_name: str,
        source_labels: List[str],
        result_labels: List[str],
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchemaCreated:
        """Create a mapping schema.

        Creates a lookup table for `mapping` enrichment rules: 1 to 3 source labels form
        the key, 1 to 10 result labels are written on a match; the two lists must not
        overlap. Names are unique; an account holds at most 20 schemas. Needs the Pro
        plan. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/create

        Args:
            schema_name: Name, unique in the account.
            source_labels: Labels whose values form the lookup key.
            result_labels: Labels a matching row writes.
            description: Description.
            team_id: Owning team; 0 for none.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_CREATE,
            {
                "schema_name": schema_name,
                "source_labels": source_labels,
                "result_labels": result_labels,
                "description": description,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        schema_id: str,
        schema_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a mapping schema.

        Edits a mapping schema's name, description or team; anything you leave out stays
        as it is. Its labels cannot change after creation. Only the creator, an account
        admin or a member of the owning team may update it. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/update

        Args:
            schema_id: Schema to update.
            schema_name: New name.
            description: New description.
            team_id: Team to own the schema from now on; 0 leaves it without one.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_UPDATE,
            {
                "schema_id": schema_id,
                "schema_name": schema_name,
                "description": description,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a mapping schema.

        Removes a mapping schema together with every row in it. Fails while an
        enrichment rule or a webhook still uses it. Only the creator, an account admin
        or a member of the owning team may delete it. High-risk and recorded in the
        audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/delete

        Args:
            schema_id: Schema to delete.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_DELETE,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchema:
        """Get a mapping schema.

        Returns one mapping schema; `data` is null when it does not exist.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/info

        Args:
            schema_id: Schema to read.
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_INFO,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchemaList:
        """List mapping schemas.

        Returns every mapping schema of the account, oldest first.

        Permission: Channels Read, Channels Manage, Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/list
        """
        return self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_LIST, {}, timeout, max_retries, extra_headers
        )


class AlertsEnrichmentMapping(SyncResource):
    """Operations under `client.alerts.enrichment.mapping`."""

    @cached_property
    def schemas(self) -> AlertsEnrichmentMappingSchemas:
        return AlertsEnrichmentMappingSchemas(self._client)

    @cached_property
    def data(self) -> AlertsEnrichmentMappingData:
        return AlertsEnrichmentMappingData(self._client)

    @cached_property
    def apis(self) -> AlertsEnrichmentMappingApis:
        return AlertsEnrichmentMappingApis(self._client)


class AlertsEnrichment(SyncResource):
    """Operations under `client.alerts.enrichment`."""

    @cached_property
    def mapping(self) -> AlertsEnrichmentMapping:
        return AlertsEnrichmentMapping(self._client)

    def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Enrichment:
        """Get an integration's enrichment rules.

        Returns the label enrichment rules (extraction, composition, mapping, drop) of
        one integration; `data` is null when it has none.

        Permission: Channels Read, Channels Manage, Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/info

        Args:
            integration_id: Integration whose rules to read.
        """
        return self._client.request(
            _ENRICHMENT_INFO,
            {"integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations.

        Returns the label enrichment rules of each given integration that has some.

        Permission: Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/list

        Args:
            integration_ids: Integrations whose rules to read.
        """
        return self._client.request(
            _ENRICHMENT_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def upsert(
        self,
        *,
        integration_id: int,
        rules: List[EnrichmentRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's enrichment rules.

        Replaces the whole list of enrichment rules of an integration; rules run in
        order. `extraction` reads `title`, `description` or a `labels.*` field with
        exactly one of `pattern` or `g_json`; `composition` renders a template;
        `mapping` looks labels up in a mapping schema or API; `drop` removes labels.
        Recorded in the audit log.

        Permission: Channels Manage or Integrations Manage.
        HTTP: POST /enrichment/upsert

        Args:
            integration_id: Integration to configure.
            rules: Rules in the order they run.
        """
        return self._client.request(
            _ENRICHMENT_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )


class AlertsPipelines(SyncResource):
    """Operations under `client.alerts.pipelines`."""

    def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPipeline:
        """Get an integration's alert pipeline.

        Returns the processing rules (title, description and severity rewrites, drops,
        inhibitions) of one integration; `data` is null when it has none.

        Permission: Integrations Read.
        HTTP: POST /alert/pipeline/info

        Args:
            integration_id: Integration whose pipeline to read.
        """
        return self._client.request(
            _PIPELINES_INFO, {"integration_id": integration_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPipelineList:
        """Get the alert pipelines of several integrations.

        Returns the processing rules of each given integration that has some. The caller
        must have access to every integration.

        Permission: Integrations Read.
        HTTP: POST /alert/pipeline/list

        Args:
            integration_ids: Integrations whose pipelines to read.
        """
        return self._client.request(
            _PIPELINES_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def upsert(
        self,
        *,
        integration_id: int,
        rules: List[AlertPipelineRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's alert pipeline.

        Replaces the whole list of processing rules of an integration (at most 50); send
        an empty list to remove them all. Each rule has a `kind`, an optional `if`
        filter and the `settings` of its kind. `alert_inhibit` needs the Standard plan
        or higher. Recorded in the audit log.

        Permission: Integrations Manage.
        HTTP: POST /alert/pipeline/upsert

        Args:
            integration_id: Integration to configure.
            rules: Rules in the order they run, at most 50.
        """
        return self._client.request(
            _PIPELINES_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )


class AlertsCardViews(SyncResource):
    """Operations under `client.alerts.card_views`."""

    def create(
        self,
        *,
        equals: List[str],
        view_name: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewCreated:
        """Create a card view.

        Saves a way of grouping the alert list into cards: alerts whose listed fields
        are equal share a card. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/create

        Args:
            equals: Fields to compare: `labels.<key>` for a label, or `alert_severity`,
                `title`, `alert_status` or `data_source_id`.
            view_name: View name.
        """
        return self._client.request(
            _CARD_VIEWS_CREATE,
            {"equals": equals, "view_name": view_name},
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        view_id: str,
        view_name: str,
        equals: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewUpdated:
        """Update a card view.

        Replaces the name and the compared fields of a card view. Documented only in the
        legacy reference.

        HTTP: POST /alert/card-view/update

        Args:
            view_id: View to update.
            view_name: New name.
            equals: Fields to compare: `labels.<key>` for a label, or `alert_severity`,
                `title`, `alert_status` or `data_source_id`.
        """
        return self._client.request(
            _CARD_VIEWS_UPDATE,
            {"view_id": view_id, "view_name": view_name, "equals": equals},
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        view_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a card view.

        Deletes a card view. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/delete

        Args:
            view_id: View to delete.
        """
        return self._client.request(
            _CARD_VIEWS_DELETE, {"view_id": view_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewList:
        """List card views.

        Returns every card view of the account. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/list
        """
        return self._client.request(_CARD_VIEWS_LIST, {}, timeout, max_retries, extra_headers)


class AlertsEvents(SyncResource):
    """Operations under `client.alerts.events`."""

    def list(
        self,
        *,
        start_time: int | Omit = OMIT,
        end_time: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        integration_types: List[str] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        severities: str | Omit = OMIT,
        orderby: Literal["event_time"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[AlertEvent]:
        """Search raw alert events.

        Lists raw alert events across all alerts, filtered by time, integration, channel
        and severity, newest first by default. Only channels the caller may see are
        searched. Pages with `p` and `limit` (`p` × `limit` at most 10000) or with the
        `search_after_ctx` cursor.

        Permission: Channels Read.
        HTTP: POST /alert-event/list

        Args:
            start_time: Earliest event time, Unix seconds.
            end_time: Latest event time, Unix seconds.
            p: Page number, from 1; leave out when paging with `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            integration_ids: Integrations to match.
            integration_types: Integration types to match, e.g. `prometheus.alert`.
            channel_ids: Channels to match, at most 100.
            severities: Severities to match, comma separated, e.g. `Critical,Warning`.
            orderby: Sort field.
            asc: Oldest first when true.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _EVENTS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "integration_ids": integration_ids,
                "integration_types": integration_types,
                "channel_ids": channel_ids,
                "severities": severities,
                "orderby": orderby,
                "asc": asc,
            },
            options,
        )


class Alerts(SyncResource):
    """Operations under `client.alerts`."""

    @cached_property
    def events(self) -> AlertsEvents:
        return AlertsEvents(self._client)

    @cached_property
    def card_views(self) -> AlertsCardViews:
        return AlertsCardViews(self._client)

    @cached_property
    def pipelines(self) -> AlertsPipelines:
        return AlertsPipelines(self._client)

    @cached_property
    def enrichment(self) -> AlertsEnrichment:
        return AlertsEnrichment(self._client)

    @cached_property
    def data_sources(self) -> AlertsDataSources:
        return AlertsDataSources(self._client)

    @cached_property
    def changes(self) -> AlertsChanges:
        return AlertsChanges(self._client)

    @cached_property
    def webhooks(self) -> AlertsWebhooks:
        return AlertsWebhooks(self._client)

    def info(
        self,
        *,
        alert_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Alert:
        """Get one alert.

        Returns an alert with its labels, integration, channel, event count and the
        incident it belongs to.

        Permission: Channels Read.
        HTTP: POST /alert/info

        Args:
            alert_id: Alert ID, 24 hexadecimal characters.
        """
        return self._client.request(
            _INFO, {"alert_id": alert_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        title: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        alert_ids: List[str] | Omit = OMIT,
        alert_keys: List[str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        by_updated_at: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Alert]:
        """List alerts.

        Lists alerts active at some point of a time window of at most 31 days (an alert
        matches when it started before `end_time` and was last updated after
        `start_time`), filtered by channel, integration, severity, labels and state.
        Only channels the caller may see are searched. Pages with `p` and `limit` (`p` ×
        `limit` at most 10000) or with the `search_after_ctx` cursor.

        Permission: Channels Read.
        HTTP: POST /alert/list

        Args:
            start_time: Lower bound of the time range, Unix seconds.
            end_time: Upper bound of the time range, Unix seconds; no more than 31 days
                past `start_time`.
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
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _LIST,
            {
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
            },
            options,
        )

    def list_by_ids(
        self,
        *,
        alert_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPage:
        """Get several alerts by ID.

        Returns the alerts with the given IDs in one call. Every ID must belong to the
        account, or the whole call fails.

        Permission: Channels Read.
        HTTP: POST /alert/list-by-ids

        Args:
            alert_ids: Alerts to fetch.
        """
        return self._client.request(
            _LIST_BY_IDS, {"alert_ids": alert_ids}, timeout, max_retries, extra_headers
        )

    def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int,
        end_time: int,
        labels: Dict[str, str],
        is_active: bool | Omit = OMIT,
        title: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardList:
        """List alerts grouped by a card view.

        Groups the alerts of a time window into cards, using the fields a card view
        compares (see `alerts.card_views.list`). At most 100 cards are returned.
        Documented only in the legacy reference.

        HTTP: POST /alert/list-by-card

        Args:
            view_id: Card view that decides the grouping.
            start_time: Lower bound of the time range, Unix seconds; alerts last updated
                after it match.
            end_time: Upper bound of the time range, Unix seconds; alerts started before
                it match.
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
        """
        return self._client.request(
            _LIST_BY_CARD,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def close(
        self,
        *,
        alert_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Close alerts.

        Closes alerts by hand, as if they had recovered. Documented only in the legacy
        reference.

        HTTP: POST /alert/close

        Args:
            alert_ids: Alerts to close.
        """
        return self._client.request(
            _CLOSE, {"alert_ids": alert_ids}, timeout, max_retries, extra_headers
        )

    def merge(
        self,
        *,
        alert_ids: List[str],
        incident_id: str,
        comment: str | Omit = OMIT,
        title: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _MERGE,
            {
                "alert_ids": alert_ids,
                "incident_id": incident_id,
                "comment": comment,
                "title": title,
                "owner_id": owner_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def feed(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        types: (
            List[
                Literal[
                    "a_new",
                    "a_update",
                    "a_close",
                    "a_comm",
                    "a_merge",
                    "a_m_silence",
                    "a_m_inhibit",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[AlertFeedItem]:
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
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _FEED,
            {"alert_id": alert_id, "p": p, "limit": limit, "asc": asc, "types": types},
            options,
        )

    def list_events(
        self,
        *,
        alert_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertEventList:
        """Get the raw events behind an alert.

        Returns every raw event the integration received and folded into one alert.

        Permission: Channels Read.
        HTTP: POST /alert/event/list

        Args:
            alert_id: Alert ID, 24 hexadecimal characters.
        """
        return self._client.request(
            _LIST_EVENTS, {"alert_id": alert_id}, timeout, max_retries, extra_headers
        )


class AsyncAlertsWebhooks(AsyncResource):
    """Operations under `client.alerts.webhooks`."""

    async def list_history(
        self,
        *,
        start_time: int,
        end_time: int,
        limit: int,
        search_after_ctx: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        orderby: Literal["event_time"] | Omit = OMIT,
        ref_id: str | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        event_types: List[str] | Omit = OMIT,
        status: Literal["success", "failed"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookHistoryPage:
        """List webhook deliveries: the awaitable `AlertsWebhooks.list_history`, documented there."""
        return await self._client.request(
            _WEBHOOKS_LIST_HISTORY,
            {
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "asc": asc,
                "orderby": orderby,
                "ref_id": ref_id,
                "integration_id": integration_id,
                "event_types": event_types,
                "status": status,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def history_detail(
        self,
        *,
        event_id: str,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookHistoryDetail:
        """Get one webhook delivery: the awaitable `AlertsWebhooks.history_detail`, documented there."""
        return await self._client.request(
            _WEBHOOKS_HISTORY_DETAIL,
            {"event_id": event_id, "integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsChanges(AsyncResource):
    """Operations under `client.alerts.changes`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        start_time: int | Omit = OMIT,
        end_time: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        include_events: bool | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        order_by: Literal["start_time", "last_time"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Change]:
        """List changes: the awaitable `AlertsChanges.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _CHANGES_LIST,
            {
                "p": p,
                "limit": limit,
                "start_time": start_time,
                "end_time": end_time,
                "filters": filters,
                "include_events": include_events,
                "integration_ids": integration_ids,
                "channel_ids": channel_ids,
                "order_by": order_by,
                "asc": asc,
                "query": query,
            },
            options,
        )


class AsyncAlertsDataSources(AsyncResource):
    """Operations under `client.alerts.data_sources`."""

    async def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        category: Literal["event.alert", "im", "webhook", "event.change", "other"] | Omit = OMIT,
        plugin_type: str | Omit = OMIT,
        status: str | Omit = OMIT,
        name: str | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[Integration]:
        """List integrations: the awaitable `AlertsDataSources.list`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "category": category,
                "plugin_type": plugin_type,
                "status": status,
                "name": name,
                "is_my_team": is_my_team,
                "team_ids": team_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        integration_id: int,
        integration_key: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Integration:
        """Get an integration: the awaitable `AlertsDataSources.info`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_INFO,
            {"integration_id": integration_id, "integration_key": integration_key},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upsert(
        self,
        *,
        integration_id: int,
        name: str,
        plugin_id: Literal[302],
        settings: WebhookIntegrationSettings | Dict[str, Any],
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> IntegrationUpserted:
        """Create or update a webhook integration: the awaitable `AlertsDataSources.upsert`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_UPSERT,
            {
                "integration_id": integration_id,
                "name": name,
                "plugin_id": plugin_id,
                "settings": settings,
                "team_id": team_id,
                "description": description,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsEnrichmentMappingApis(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.apis`."""

    async def create(
        self,
        *,
        api_name: str,
        url: str,
        description: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Dict[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApiCreated:
        """Create a mapping API: the awaitable `AlertsEnrichmentMappingApis.create`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_APIS_CREATE,
            {
                "api_name": api_name,
                "url": url,
                "description": description,
                "insecure_skip_verify": insecure_skip_verify,
                "headers": headers,
                "timeout": timeout_,
                "retry_count": retry_count,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        api_id: str,
        api_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        url: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Dict[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a mapping API: the awaitable `AlertsEnrichmentMappingApis.update`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_APIS_UPDATE,
            {
                "api_id": api_id,
                "api_name": api_name,
                "description": description,
                "url": url,
                "insecure_skip_verify": insecure_skip_verify,
                "headers": headers,
                "timeout": timeout_,
                "retry_count": retry_count,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        api_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a mapping API: the awaitable `AlertsEnrichmentMappingApis.delete`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_APIS_DELETE, {"api_id": api_id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        api_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApi:
        """Get a mapping API: the awaitable `AlertsEnrichmentMappingApis.info`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_APIS_INFO, {"api_id": api_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingApiList:
        """List mapping APIs: the awaitable `AlertsEnrichmentMappingApis.list`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_APIS_LIST, {}, timeout, max_retries, extra_headers
        )


class AsyncAlertsEnrichmentMappingData(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.data`."""

    def list(
        self,
        *,
        schema_id: str,
        query: Dict[str, str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[MappingDataRow]:
        """List the rows of a mapping schema: the awaitable `AlertsEnrichmentMappingData.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _ENRICHMENT_MAPPING_DATA_LIST,
            {
                "schema_id": schema_id,
                "query": query,
                "orderby": orderby,
                "asc": asc,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
            },
            options,
        )

    async def upsert(
        self,
        *,
        schema_id: str,
        docs: List[Dict[str, str]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingDataUpserted:
        """Write rows of a mapping schema: the awaitable `AlertsEnrichmentMappingData.upsert`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_DATA_UPSERT,
            {"schema_id": schema_id, "docs": docs},
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        schema_id: str,
        keys: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete mapping schema rows by key: the awaitable `AlertsEnrichmentMappingData.delete`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_DATA_DELETE,
            {"schema_id": schema_id, "keys": keys},
            timeout,
            max_retries,
            extra_headers,
        )

    async def truncate(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete every row of a mapping schema: the awaitable `AlertsEnrichmentMappingData.truncate`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_DATA_TRUNCATE,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upload(
        self,
        *,
        schema_id: str,
        file: FileInput,
        do_not_truncate_first: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Load the rows of a mapping schema from CSV: the awaitable `AlertsEnrichmentMappingData.upload`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_DATA_UPLOAD,
            {"schema_id": schema_id, "file": file, "do_not_truncate_first": do_not_truncate_first},
            timeout,
            max_retries,
            extra_headers,
        )

    async def download(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> bytes:
        """Download the rows of a mapping schema as CSV: the awaitable `AlertsEnrichmentMappingData.download`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_DATA_DOWNLOAD,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsEnrichmentMappingSchemas(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.schemas`."""

    async def create(
        self,
        *,
        schema_name: str,
        source_labels: List[str],
        result_labels: List[str],
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchemaCreated:
        """Create a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.create`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_CREATE,
            {
                "schema_name": schema_name,
                "source_labels": source_labels,
                "result_labels": result_labels,
                "description": description,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        schema_id: str,
        schema_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.update`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_UPDATE,
            {
                "schema_id": schema_id,
                "schema_name": schema_name,
                "description": description,
                "team_id": team_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.delete`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_DELETE,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        schema_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchema:
        """Get a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.info`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_INFO,
            {"schema_id": schema_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MappingSchemaList:
        """List mapping schemas: the awaitable `AlertsEnrichmentMappingSchemas.list`, documented there."""
        return await self._client.request(
            _ENRICHMENT_MAPPING_SCHEMAS_LIST, {}, timeout, max_retries, extra_headers
        )


class AsyncAlertsEnrichmentMapping(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping`."""

    @cached_property
    def schemas(self) -> AsyncAlertsEnrichmentMappingSchemas:
        return AsyncAlertsEnrichmentMappingSchemas(self._client)

    @cached_property
    def data(self) -> AsyncAlertsEnrichmentMappingData:
        return AsyncAlertsEnrichmentMappingData(self._client)

    @cached_property
    def apis(self) -> AsyncAlertsEnrichmentMappingApis:
        return AsyncAlertsEnrichmentMappingApis(self._client)


class AsyncAlertsEnrichment(AsyncResource):
    """Operations under `client.alerts.enrichment`."""

    @cached_property
    def mapping(self) -> AsyncAlertsEnrichmentMapping:
        return AsyncAlertsEnrichmentMapping(self._client)

    async def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Enrichment:
        """Get an integration's enrichment rules: the awaitable `AlertsEnrichment.info`, documented there."""
        return await self._client.request(
            _ENRICHMENT_INFO,
            {"integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations: the awaitable `AlertsEnrichment.list`, documented there."""
        return await self._client.request(
            _ENRICHMENT_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upsert(
        self,
        *,
        integration_id: int,
        rules: List[EnrichmentRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's enrichment rules: the awaitable `AlertsEnrichment.upsert`, documented there."""
        return await self._client.request(
            _ENRICHMENT_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsPipelines(AsyncResource):
    """Operations under `client.alerts.pipelines`."""

    async def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPipeline:
        """Get an integration's alert pipeline: the awaitable `AlertsPipelines.info`, documented there."""
        return await self._client.request(
            _PIPELINES_INFO, {"integration_id": integration_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPipelineList:
        """Get the alert pipelines of several integrations: the awaitable `AlertsPipelines.list`, documented there."""
        return await self._client.request(
            _PIPELINES_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upsert(
        self,
        *,
        integration_id: int,
        rules: List[AlertPipelineRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's alert pipeline: the awaitable `AlertsPipelines.upsert`, documented there."""
        return await self._client.request(
            _PIPELINES_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsCardViews(AsyncResource):
    """Operations under `client.alerts.card_views`."""

    async def create(
        self,
        *,
        equals: List[str],
        view_name: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewCreated:
        """Create a card view: the awaitable `AlertsCardViews.create`, documented there."""
        return await self._client.request(
            _CARD_VIEWS_CREATE,
            {"equals": equals, "view_name": view_name},
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        view_id: str,
        view_name: str,
        equals: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewUpdated:
        """Update a card view: the awaitable `AlertsCardViews.update`, documented there."""
        return await self._client.request(
            _CARD_VIEWS_UPDATE,
            {"view_id": view_id, "view_name": view_name, "equals": equals},
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        view_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a card view: the awaitable `AlertsCardViews.delete`, documented there."""
        return await self._client.request(
            _CARD_VIEWS_DELETE, {"view_id": view_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardViewList:
        """List card views: the awaitable `AlertsCardViews.list`, documented there."""
        return await self._client.request(_CARD_VIEWS_LIST, {}, timeout, max_retries, extra_headers)


class AsyncAlertsEvents(AsyncResource):
    """Operations under `client.alerts.events`."""

    def list(
        self,
        *,
        start_time: int | Omit = OMIT,
        end_time: int | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        integration_types: List[str] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        severities: str | Omit = OMIT,
        orderby: Literal["event_time"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AlertEvent]:
        """Search raw alert events: the awaitable `AlertsEvents.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _EVENTS_LIST,
            {
                "start_time": start_time,
                "end_time": end_time,
                "p": p,
                "limit": limit,
                "search_after_ctx": search_after_ctx,
                "integration_ids": integration_ids,
                "integration_types": integration_types,
                "channel_ids": channel_ids,
                "severities": severities,
                "orderby": orderby,
                "asc": asc,
            },
            options,
        )


class AsyncAlerts(AsyncResource):
    """Operations under `client.alerts`."""

    @cached_property
    def events(self) -> AsyncAlertsEvents:
        return AsyncAlertsEvents(self._client)

    @cached_property
    def card_views(self) -> AsyncAlertsCardViews:
        return AsyncAlertsCardViews(self._client)

    @cached_property
    def pipelines(self) -> AsyncAlertsPipelines:
        return AsyncAlertsPipelines(self._client)

    @cached_property
    def enrichment(self) -> AsyncAlertsEnrichment:
        return AsyncAlertsEnrichment(self._client)

    @cached_property
    def data_sources(self) -> AsyncAlertsDataSources:
        return AsyncAlertsDataSources(self._client)

    @cached_property
    def changes(self) -> AsyncAlertsChanges:
        return AsyncAlertsChanges(self._client)

    @cached_property
    def webhooks(self) -> AsyncAlertsWebhooks:
        return AsyncAlertsWebhooks(self._client)

    async def info(
        self,
        *,
        alert_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Alert:
        """Get one alert: the awaitable `Alerts.info`, documented there."""
        return await self._client.request(
            _INFO, {"alert_id": alert_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        start_time: int,
        end_time: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        is_active: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        title: str | Omit = OMIT,
        labels: Dict[str, str] | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        integration_ids: List[int] | Omit = OMIT,
        alert_ids: List[str] | Omit = OMIT,
        alert_keys: List[str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        by_updated_at: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Alert]:
        """List alerts: the awaitable `Alerts.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _LIST,
            {
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
            },
            options,
        )

    async def list_by_ids(
        self,
        *,
        alert_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertPage:
        """Get several alerts by ID: the awaitable `Alerts.list_by_ids`, documented there."""
        return await self._client.request(
            _LIST_BY_IDS, {"alert_ids": alert_ids}, timeout, max_retries, extra_headers
        )

    async def list_by_card(
        self,
        *,
        view_id: str,
        start_time: int,
        end_time: int,
        labels: Dict[str, str],
        is_active: bool | Omit = OMIT,
        title: str | Omit = OMIT,
        channel_id: int | Omit = OMIT,
        integration_id: int | Omit = OMIT,
        alert_severity: str | Omit = OMIT,
        is_my_channel: bool | Omit = OMIT,
        ever_muted: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertCardList:
        """List alerts grouped by a card view: the awaitable `Alerts.list_by_card`, documented there."""
        return await self._client.request(
            _LIST_BY_CARD,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def close(
        self,
        *,
        alert_ids: List[str],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Close alerts: the awaitable `Alerts.close`, documented there."""
        return await self._client.request(
            _CLOSE, {"alert_ids": alert_ids}, timeout, max_retries, extra_headers
        )

    async def merge(
        self,
        *,
        alert_ids: List[str],
        incident_id: str,
        comment: str | Omit = OMIT,
        title: str | Omit = OMIT,
        owner_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Move alerts into an incident: the awaitable `Alerts.merge`, documented there."""
        return await self._client.request(
            _MERGE,
            {
                "alert_ids": alert_ids,
                "incident_id": incident_id,
                "comment": comment,
                "title": title,
                "owner_id": owner_id,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def feed(
        self,
        *,
        alert_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        asc: bool | Omit = OMIT,
        types: (
            List[
                Literal[
                    "a_new",
                    "a_update",
                    "a_close",
                    "a_comm",
                    "a_merge",
                    "a_m_silence",
                    "a_m_inhibit",
                ]
            ]
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AlertFeedItem]:
        """List an alert's activity: the awaitable `Alerts.feed`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _FEED,
            {"alert_id": alert_id, "p": p, "limit": limit, "asc": asc, "types": types},
            options,
        )

    async def list_events(
        self,
        *,
        alert_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AlertEventList:
        """Get the raw events behind an alert: the awaitable `Alerts.list_events`, documented there."""
        return await self._client.request(
            _LIST_EVENTS, {"alert_id": alert_id}, timeout, max_retries, extra_headers
        )
