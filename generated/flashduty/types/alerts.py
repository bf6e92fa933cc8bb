"""Models of the `alerts` area. Generated from spec/; do not edit."""

from .defs.alert import Alert as Alert
from .defs.alert_card import AlertCard as AlertCard
from .defs.alert_card_list import AlertCardList as AlertCardList
from .defs.alert_card_view import AlertCardView as AlertCardView
from .defs.alert_card_view_created import AlertCardViewCreated as AlertCardViewCreated
from .defs.alert_card_view_list import AlertCardViewList as AlertCardViewList
from .defs.alert_card_view_updated import AlertCardViewUpdated as AlertCardViewUpdated
from .defs.alert_event import AlertEvent as AlertEvent
from .defs.alert_event_list import AlertEventList as AlertEventList
from .defs.alert_event_page import AlertEventPage as AlertEventPage
from .defs.alert_feed_item import AlertFeedItem as AlertFeedItem
from .defs.alert_feed_page import AlertFeedPage as AlertFeedPage
from .defs.alert_incident import AlertIncident as AlertIncident
from .defs.alert_page import AlertPage as AlertPage
from .defs.alert_pipeline import AlertPipeline as AlertPipeline
from .defs.alert_pipeline_description_reset import (
    AlertPipelineDescriptionReset as AlertPipelineDescriptionReset,
)
from .defs.alert_pipeline_drop import AlertPipelineDrop as AlertPipelineDrop
from .defs.alert_pipeline_inhibit import AlertPipelineInhibit as AlertPipelineInhibit
from .defs.alert_pipeline_list import AlertPipelineList as AlertPipelineList
from .defs.alert_pipeline_rule import AlertPipelineRule as AlertPipelineRule
from .defs.alert_pipeline_severity_reset import (
    AlertPipelineSeverityReset as AlertPipelineSeverityReset,
)
from .defs.alert_pipeline_title_reset import AlertPipelineTitleReset as AlertPipelineTitleReset
from .defs.change import Change as Change
from .defs.change_event import ChangeEvent as ChangeEvent
from .defs.change_page import ChangePage as ChangePage
from .defs.enrichment import Enrichment as Enrichment
from .defs.enrichment_composition import EnrichmentComposition as EnrichmentComposition
from .defs.enrichment_drop import EnrichmentDrop as EnrichmentDrop
from .defs.enrichment_extraction import EnrichmentExtraction as EnrichmentExtraction
from .defs.enrichment_list import EnrichmentList as EnrichmentList
from .defs.enrichment_mapping import EnrichmentMapping as EnrichmentMapping
from .defs.enrichment_rule import EnrichmentRule as EnrichmentRule
from .defs.integration import Integration as Integration
from .defs.integration_upserted import IntegrationUpserted as IntegrationUpserted
from .defs.mapping_api import MappingApi as MappingApi
from .defs.mapping_api_created import MappingApiCreated as MappingApiCreated
from .defs.mapping_api_list import MappingApiList as MappingApiList
from .defs.mapping_data_page import MappingDataPage as MappingDataPage
from .defs.mapping_data_row import MappingDataRow as MappingDataRow
from .defs.mapping_data_upserted import MappingDataUpserted as MappingDataUpserted
from .defs.mapping_schema import MappingSchema as MappingSchema
from .defs.mapping_schema_created import MappingSchemaCreated as MappingSchemaCreated
from .defs.mapping_schema_list import MappingSchemaList as MappingSchemaList
from .defs.webhook_history import WebhookHistory as WebhookHistory
from .defs.webhook_history_detail import WebhookHistoryDetail as WebhookHistoryDetail
from .defs.webhook_history_page import WebhookHistoryPage as WebhookHistoryPage
from .defs.webhook_integration_settings import (
    WebhookIntegrationSettings as WebhookIntegrationSettings,
)

__all__ = [
    "Alert",
    "AlertCard",
    "AlertCardList",
    "AlertCardView",
    "AlertCardViewCreated",
    "AlertCardViewList",
    "AlertCardViewUpdated",
    "AlertEvent",
    "AlertEventList",
    "AlertEventPage",
    "AlertFeedItem",
    "AlertFeedPage",
    "AlertIncident",
    "AlertPage",
    "AlertPipeline",
    "AlertPipelineDescriptionReset",
    "AlertPipelineDrop",
    "AlertPipelineInhibit",
    "AlertPipelineList",
    "AlertPipelineRule",
    "AlertPipelineSeverityReset",
    "AlertPipelineTitleReset",
    "Change",
    "ChangeEvent",
    "ChangePage",
    "Enrichment",
    "EnrichmentComposition",
    "EnrichmentDrop",
    "EnrichmentExtraction",
    "EnrichmentList",
    "EnrichmentMapping",
    "EnrichmentRule",
    "Integration",
    "IntegrationUpserted",
    "MappingApi",
    "MappingApiCreated",
    "MappingApiList",
    "MappingDataPage",
    "MappingDataRow",
    "MappingDataUpserted",
    "MappingSchema",
    "MappingSchemaCreated",
    "MappingSchemaList",
    "WebhookHistory",
    "WebhookHistoryDetail",
    "WebhookHistoryPage",
    "WebhookIntegrationSettings",
]
