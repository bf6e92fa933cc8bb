"""Every model of the API, importable from here; each module loads on first use.
Generated from spec/; do not edit."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .defs.a2_a_agent import A2AAgent as A2AAgent
    from .defs.a2_a_agent_created import A2AAgentCreated as A2AAgentCreated
    from .defs.a2_a_agent_list import A2AAgentList as A2AAgentList
    from .defs.account import Account as Account
    from .defs.account_restrictions import AccountRestrictions as AccountRestrictions
    from .defs.agent_environment_binding import AgentEnvironmentBinding as AgentEnvironmentBinding
    from .defs.agent_session import AgentSession as AgentSession
    from .defs.agent_session_context import AgentSessionContext as AgentSessionContext
    from .defs.agent_session_detail import AgentSessionDetail as AgentSessionDetail
    from .defs.agent_session_event import AgentSessionEvent as AgentSessionEvent
    from .defs.agent_session_list import AgentSessionList as AgentSessionList
    from .defs.agent_session_token_usage import AgentSessionTokenUsage as AgentSessionTokenUsage
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
    from .defs.alert_event_pushed import AlertEventPushed as AlertEventPushed
    from .defs.alert_feed_item import AlertFeedItem as AlertFeedItem
    from .defs.alert_feed_page import AlertFeedPage as AlertFeedPage
    from .defs.alert_grouping import AlertGrouping as AlertGrouping
    from .defs.alert_grouping_case import AlertGroupingCase as AlertGroupingCase
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
    from .defs.alert_webhook_event import AlertWebhookEvent as AlertWebhookEvent
    from .defs.app_key import AppKey as AppKey
    from .defs.app_key_created import AppKeyCreated as AppKeyCreated
    from .defs.app_key_page import AppKeyPage as AppKeyPage
    from .defs.artifact import Artifact as Artifact
    from .defs.artifact_file_state import ArtifactFileState as ArtifactFileState
    from .defs.artifact_file_states import ArtifactFileStates as ArtifactFileStates
    from .defs.artifact_list import ArtifactList as ArtifactList
    from .defs.artifact_published import ArtifactPublished as ArtifactPublished
    from .defs.artifact_share_state import ArtifactShareState as ArtifactShareState
    from .defs.assigned_to import AssignedTo as AssignedTo
    from .defs.audit_log import AuditLog as AuditLog
    from .defs.audit_log_page import AuditLogPage as AuditLogPage
    from .defs.audit_log_param import AuditLogParam as AuditLogParam
    from .defs.audit_operation import AuditOperation as AuditOperation
    from .defs.audit_operation_list import AuditOperationList as AuditOperationList
    from .defs.automation_manual_run import AutomationManualRun as AutomationManualRun
    from .defs.automation_preflight import AutomationPreflight as AutomationPreflight
    from .defs.automation_rule import AutomationRule as AutomationRule
    from .defs.automation_rule_list import AutomationRuleList as AutomationRuleList
    from .defs.automation_run import AutomationRun as AutomationRun
    from .defs.automation_run_list import AutomationRunList as AutomationRunList
    from .defs.automation_run_ref import AutomationRunRef as AutomationRunRef
    from .defs.automation_template import AutomationTemplate as AutomationTemplate
    from .defs.automation_template_list import AutomationTemplateList as AutomationTemplateList
    from .defs.automation_trigger_fired import AutomationTriggerFired as AutomationTriggerFired
    from .defs.calendar import Calendar as Calendar
    from .defs.calendar_created import CalendarCreated as CalendarCreated
    from .defs.calendar_event import CalendarEvent as CalendarEvent
    from .defs.calendar_event_list import CalendarEventList as CalendarEventList
    from .defs.calendar_event_upserted import CalendarEventUpserted as CalendarEventUpserted
    from .defs.calendar_list import CalendarList as CalendarList
    from .defs.change import Change as Change
    from .defs.change_event import ChangeEvent as ChangeEvent
    from .defs.change_page import ChangePage as ChangePage
    from .defs.channel import Channel as Channel
    from .defs.channel_brief import ChannelBrief as ChannelBrief
    from .defs.channel_brief_list import ChannelBriefList as ChannelBriefList
    from .defs.channel_created import ChannelCreated as ChannelCreated
    from .defs.channel_default_escalation import (
        ChannelDefaultEscalation as ChannelDefaultEscalation,
    )
    from .defs.channel_event_group import ChannelEventGroup as ChannelEventGroup
    from .defs.channel_incident_counts import ChannelIncidentCounts as ChannelIncidentCounts
    from .defs.channel_page import ChannelPage as ChannelPage
    from .defs.channel_rule_created import ChannelRuleCreated as ChannelRuleCreated
    from .defs.channel_updated import ChannelUpdated as ChannelUpdated
    from .defs.comment_type import CommentType as CommentType
    from .defs.comment_type_created import CommentTypeCreated as CommentTypeCreated
    from .defs.comment_type_list import CommentTypeList as CommentTypeList
    from .defs.custom_action_event import CustomActionEvent as CustomActionEvent
    from .defs.custom_action_incident import CustomActionIncident as CustomActionIncident
    from .defs.custom_action_result import CustomActionResult as CustomActionResult
    from .defs.custom_field import CustomField as CustomField
    from .defs.custom_field_created import CustomFieldCreated as CustomFieldCreated
    from .defs.custom_field_list import CustomFieldList as CustomFieldList
    from .defs.dashboard import Dashboard as Dashboard
    from .defs.dashboard_actor import DashboardActor as DashboardActor
    from .defs.dashboard_candidate import DashboardCandidate as DashboardCandidate
    from .defs.dashboard_data_link import DashboardDataLink as DashboardDataLink
    from .defs.dashboard_datasource_ref import DashboardDatasourceRef as DashboardDatasourceRef
    from .defs.dashboard_definition import DashboardDefinition as DashboardDefinition
    from .defs.dashboard_deletion import DashboardDeletion as DashboardDeletion
    from .defs.dashboard_draft_context import DashboardDraftContext as DashboardDraftContext
    from .defs.dashboard_field_sort import DashboardFieldSort as DashboardFieldSort
    from .defs.dashboard_grid_position import DashboardGridPosition as DashboardGridPosition
    from .defs.dashboard_investigation_target import (
        DashboardInvestigationTarget as DashboardInvestigationTarget,
    )
    from .defs.dashboard_label_filter import DashboardLabelFilter as DashboardLabelFilter
    from .defs.dashboard_outline import DashboardOutline as DashboardOutline
    from .defs.dashboard_outline_folder import DashboardOutlineFolder as DashboardOutlineFolder
    from .defs.dashboard_outline_info import DashboardOutlineInfo as DashboardOutlineInfo
    from .defs.dashboard_outline_panel import DashboardOutlinePanel as DashboardOutlinePanel
    from .defs.dashboard_outline_section import DashboardOutlineSection as DashboardOutlineSection
    from .defs.dashboard_outline_tab import DashboardOutlineTab as DashboardOutlineTab
    from .defs.dashboard_outline_variable import (
        DashboardOutlineVariable as DashboardOutlineVariable,
    )
    from .defs.dashboard_page import DashboardPage as DashboardPage
    from .defs.dashboard_panel import DashboardPanel as DashboardPanel
    from .defs.dashboard_panel_query import DashboardPanelQuery as DashboardPanelQuery
    from .defs.dashboard_panel_run import DashboardPanelRun as DashboardPanelRun
    from .defs.dashboard_panel_run_budget import DashboardPanelRunBudget as DashboardPanelRunBudget
    from .defs.dashboard_panel_run_ref import DashboardPanelRunRef as DashboardPanelRunRef
    from .defs.dashboard_queries_resolution import (
        DashboardQueriesResolution as DashboardQueriesResolution,
    )
    from .defs.dashboard_query import DashboardQuery as DashboardQuery
    from .defs.dashboard_relative_time_range import (
        DashboardRelativeTimeRange as DashboardRelativeTimeRange,
    )
    from .defs.dashboard_resolved_panel_queries import (
        DashboardResolvedPanelQueries as DashboardResolvedPanelQueries,
    )
    from .defs.dashboard_resolved_query import DashboardResolvedQuery as DashboardResolvedQuery
    from .defs.dashboard_resolved_variable import (
        DashboardResolvedVariable as DashboardResolvedVariable,
    )
    from .defs.dashboard_revision import DashboardRevision as DashboardRevision
    from .defs.dashboard_revision_list import DashboardRevisionList as DashboardRevisionList
    from .defs.dashboard_runtime_datasource import (
        DashboardRuntimeDatasource as DashboardRuntimeDatasource,
    )
    from .defs.dashboard_runtime_error import DashboardRuntimeError as DashboardRuntimeError
    from .defs.dashboard_section import DashboardSection as DashboardSection
    from .defs.dashboard_selection import DashboardSelection as DashboardSelection
    from .defs.dashboard_selection_config import (
        DashboardSelectionConfig as DashboardSelectionConfig,
    )
    from .defs.dashboard_sort import DashboardSort as DashboardSort
    from .defs.dashboard_summary import DashboardSummary as DashboardSummary
    from .defs.dashboard_tab import DashboardTab as DashboardTab
    from .defs.dashboard_threshold import DashboardThreshold as DashboardThreshold
    from .defs.dashboard_time_range import DashboardTimeRange as DashboardTimeRange
    from .defs.dashboard_trash_item import DashboardTrashItem as DashboardTrashItem
    from .defs.dashboard_trash_page import DashboardTrashPage as DashboardTrashPage
    from .defs.dashboard_update import DashboardUpdate as DashboardUpdate
    from .defs.dashboard_variable import DashboardVariable as DashboardVariable
    from .defs.dashboard_variable_query import DashboardVariableQuery as DashboardVariableQuery
    from .defs.dashboard_variables_resolution import (
        DashboardVariablesResolution as DashboardVariablesResolution,
    )
    from .defs.dashboard_viz_config import DashboardVizConfig as DashboardVizConfig
    from .defs.drop_rule import DropRule as DropRule
    from .defs.drop_rule_list import DropRuleList as DropRuleList
    from .defs.duty_error import DutyError as DutyError
    from .defs.enrichment import Enrichment as Enrichment
    from .defs.enrichment_composition import EnrichmentComposition as EnrichmentComposition
    from .defs.enrichment_drop import EnrichmentDrop as EnrichmentDrop
    from .defs.enrichment_extraction import EnrichmentExtraction as EnrichmentExtraction
    from .defs.enrichment_list import EnrichmentList as EnrichmentList
    from .defs.enrichment_mapping import EnrichmentMapping as EnrichmentMapping
    from .defs.enrichment_rule import EnrichmentRule as EnrichmentRule
    from .defs.envelope import Envelope as Envelope
    from .defs.error_envelope import ErrorEnvelope as ErrorEnvelope
    from .defs.escalate_layer import EscalateLayer as EscalateLayer
    from .defs.escalate_rule import EscalateRule as EscalateRule
    from .defs.escalate_rule_list import EscalateRuleList as EscalateRuleList
    from .defs.escalate_target import EscalateTarget as EscalateTarget
    from .defs.escalate_webhook import EscalateWebhook as EscalateWebhook
    from .defs.external_incident_created import ExternalIncidentCreated as ExternalIncidentCreated
    from .defs.feed_notify_chat import FeedNotifyChat as FeedNotifyChat
    from .defs.feed_notify_person import FeedNotifyPerson as FeedNotifyPerson
    from .defs.feed_notify_robot import FeedNotifyRobot as FeedNotifyRobot
    from .defs.filter_and_group import FilterAndGroup as FilterAndGroup
    from .defs.filter_condition import FilterCondition as FilterCondition
    from .defs.flapping import Flapping as Flapping
    from .defs.image import Image as Image
    from .defs.im_integration import ImIntegration as ImIntegration
    from .defs.im_integration_list import ImIntegrationList as ImIntegrationList
    from .defs.im_notify_preference import ImNotifyPreference as ImNotifyPreference
    from .defs.im_person_link_result import ImPersonLinkResult as ImPersonLinkResult
    from .defs.incident import Incident as Incident
    from .defs.incident_alert_page import IncidentAlertPage as IncidentAlertPage
    from .defs.incident_brief import IncidentBrief as IncidentBrief
    from .defs.incident_card import IncidentCard as IncidentCard
    from .defs.incident_card_list import IncidentCardList as IncidentCardList
    from .defs.incident_card_view import IncidentCardView as IncidentCardView
    from .defs.incident_card_view_created import IncidentCardViewCreated as IncidentCardViewCreated
    from .defs.incident_card_view_equals import IncidentCardViewEquals as IncidentCardViewEquals
    from .defs.incident_card_view_list import IncidentCardViewList as IncidentCardViewList
    from .defs.incident_card_view_updated import IncidentCardViewUpdated as IncidentCardViewUpdated
    from .defs.incident_created import IncidentCreated as IncidentCreated
    from .defs.incident_event import IncidentEvent as IncidentEvent
    from .defs.incident_feed_ack_detail import IncidentFeedAckDetail as IncidentFeedAckDetail
    from .defs.incident_feed_assign_detail import (
        IncidentFeedAssignDetail as IncidentFeedAssignDetail,
    )
    from .defs.incident_feed_comment_detail import (
        IncidentFeedCommentDetail as IncidentFeedCommentDetail,
    )
    from .defs.incident_feed_custom_action_detail import (
        IncidentFeedCustomActionDetail as IncidentFeedCustomActionDetail,
    )
    from .defs.incident_feed_empty_detail import IncidentFeedEmptyDetail as IncidentFeedEmptyDetail
    from .defs.incident_feed_field_detail import IncidentFeedFieldDetail as IncidentFeedFieldDetail
    from .defs.incident_feed_flapping_detail import (
        IncidentFeedFlappingDetail as IncidentFeedFlappingDetail,
    )
    from .defs.incident_feed_item import IncidentFeedItem as IncidentFeedItem
    from .defs.incident_feed_merge_detail import IncidentFeedMergeDetail as IncidentFeedMergeDetail
    from .defs.incident_feed_new_detail import IncidentFeedNewDetail as IncidentFeedNewDetail
    from .defs.incident_feed_notify_detail import (
        IncidentFeedNotifyDetail as IncidentFeedNotifyDetail,
    )
    from .defs.incident_feed_page import IncidentFeedPage as IncidentFeedPage
    from .defs.incident_feed_reopen_detail import (
        IncidentFeedReopenDetail as IncidentFeedReopenDetail,
    )
    from .defs.incident_feed_resolve_detail import (
        IncidentFeedResolveDetail as IncidentFeedResolveDetail,
    )
    from .defs.incident_feed_responders_detail import (
        IncidentFeedRespondersDetail as IncidentFeedRespondersDetail,
    )
    from .defs.incident_feed_severity_detail import (
        IncidentFeedSeverityDetail as IncidentFeedSeverityDetail,
    )
    from .defs.incident_feed_snooze_detail import (
        IncidentFeedSnoozeDetail as IncidentFeedSnoozeDetail,
    )
    from .defs.incident_feed_storm_detail import IncidentFeedStormDetail as IncidentFeedStormDetail
    from .defs.incident_feed_title_detail import IncidentFeedTitleDetail as IncidentFeedTitleDetail
    from .defs.incident_feed_wake_detail import IncidentFeedWakeDetail as IncidentFeedWakeDetail
    from .defs.incident_feed_war_room_detail import (
        IncidentFeedWarRoomDetail as IncidentFeedWarRoomDetail,
    )
    from .defs.incident_page import IncidentPage as IncidentPage
    from .defs.inhibit_rule import InhibitRule as InhibitRule
    from .defs.inhibit_rule_list import InhibitRuleList as InhibitRuleList
    from .defs.insight_alert_top import InsightAlertTop as InsightAlertTop
    from .defs.insight_alert_top_list import InsightAlertTopList as InsightAlertTopList
    from .defs.insight_incident import InsightIncident as InsightIncident
    from .defs.insight_incident_page import InsightIncidentPage as InsightIncidentPage
    from .defs.insight_metrics import InsightMetrics as InsightMetrics
    from .defs.insight_metrics_list import InsightMetricsList as InsightMetricsList
    from .defs.integration import Integration as Integration
    from .defs.integration_created import IntegrationCreated as IntegrationCreated
    from .defs.integration_detail import IntegrationDetail as IntegrationDetail
    from .defs.integration_key import IntegrationKey as IntegrationKey
    from .defs.integration_page import IntegrationPage as IntegrationPage
    from .defs.integration_summary import IntegrationSummary as IntegrationSummary
    from .defs.integration_type import IntegrationType as IntegrationType
    from .defs.integration_type_page import IntegrationTypePage as IntegrationTypePage
    from .defs.integration_upserted import IntegrationUpserted as IntegrationUpserted
    from .defs.invited_member import InvitedMember as InvitedMember
    from .defs.knowledge_file import KnowledgeFile as KnowledgeFile
    from .defs.knowledge_file_content import KnowledgeFileContent as KnowledgeFileContent
    from .defs.knowledge_file_deleted import KnowledgeFileDeleted as KnowledgeFileDeleted
    from .defs.knowledge_file_list import KnowledgeFileList as KnowledgeFileList
    from .defs.knowledge_file_written import KnowledgeFileWritten as KnowledgeFileWritten
    from .defs.knowledge_overview import KnowledgeOverview as KnowledgeOverview
    from .defs.knowledge_pack import KnowledgePack as KnowledgePack
    from .defs.knowledge_pack_deleted import KnowledgePackDeleted as KnowledgePackDeleted
    from .defs.knowledge_pack_list import KnowledgePackList as KnowledgePackList
    from .defs.knowledge_warning import KnowledgeWarning as KnowledgeWarning
    from .defs.license_member import LicenseMember as LicenseMember
    from .defs.license_member_list import LicenseMemberList as LicenseMemberList
    from .defs.link_item import LinkItem as LinkItem
    from .defs.mapping_api import MappingApi as MappingApi
    from .defs.mapping_api_created import MappingApiCreated as MappingApiCreated
    from .defs.mapping_api_list import MappingApiList as MappingApiList
    from .defs.mapping_data_page import MappingDataPage as MappingDataPage
    from .defs.mapping_data_row import MappingDataRow as MappingDataRow
    from .defs.mapping_data_upserted import MappingDataUpserted as MappingDataUpserted
    from .defs.mapping_schema import MappingSchema as MappingSchema
    from .defs.mapping_schema_created import MappingSchemaCreated as MappingSchemaCreated
    from .defs.mapping_schema_list import MappingSchemaList as MappingSchemaList
    from .defs.mcp_server import MCPServer as MCPServer
    from .defs.mcp_server_list import MCPServerList as MCPServerList
    from .defs.mcp_tool import MCPTool as MCPTool
    from .defs.member import Member as Member
    from .defs.member_invitation import MemberInvitation as MemberInvitation
    from .defs.member_invite_result import MemberInviteResult as MemberInviteResult
    from .defs.member_oncall_shift import MemberOncallShift as MemberOncallShift
    from .defs.member_oncall_status import MemberOncallStatus as MemberOncallStatus
    from .defs.member_page import MemberPage as MemberPage
    from .defs.member_profile import MemberProfile as MemberProfile
    from .defs.member_profile_updates import MemberProfileUpdates as MemberProfileUpdates
    from .defs.member_schedule import MemberSchedule as MemberSchedule
    from .defs.monitor_any_data_check import MonitorAnyDataCheck as MonitorAnyDataCheck
    from .defs.monitor_any_data_check_v2 import MonitorAnyDataCheckV2 as MonitorAnyDataCheckV2
    from .defs.monitor_any_data_recovery import MonitorAnyDataRecovery as MonitorAnyDataRecovery
    from .defs.monitor_click_house_config import MonitorClickHouseConfig as MonitorClickHouseConfig
    from .defs.monitor_data_source import MonitorDataSource as MonitorDataSource
    from .defs.monitor_data_source_payload import (
        MonitorDataSourcePayload as MonitorDataSourcePayload,
    )
    from .defs.monitor_data_source_tool_result import (
        MonitorDataSourceToolResult as MonitorDataSourceToolResult,
    )
    from .defs.monitor_data_source_tool_truncation import (
        MonitorDataSourceToolTruncation as MonitorDataSourceToolTruncation,
    )
    from .defs.monitor_data_source_type import MonitorDataSourceType as MonitorDataSourceType
    from .defs.monitor_diagnose_evidence_window import (
        MonitorDiagnoseEvidenceWindow as MonitorDiagnoseEvidenceWindow,
    )
    from .defs.monitor_diagnose_input import MonitorDiagnoseInput as MonitorDiagnoseInput
    from .defs.monitor_diagnose_method import MonitorDiagnoseMethod as MonitorDiagnoseMethod
    from .defs.monitor_diagnose_options import MonitorDiagnoseOptions as MonitorDiagnoseOptions
    from .defs.monitor_diagnose_time_range import (
        MonitorDiagnoseTimeRange as MonitorDiagnoseTimeRange,
    )
    from .defs.monitor_diagnosis import MonitorDiagnosis as MonitorDiagnosis
    from .defs.monitor_elasticsearch_config import (
        MonitorElasticsearchConfig as MonitorElasticsearchConfig,
    )
    from .defs.monitor_enabled_time import MonitorEnabledTime as MonitorEnabledTime
    from .defs.monitor_explore_data import MonitorExploreData as MonitorExploreData
    from .defs.monitor_explore_execution import MonitorExploreExecution as MonitorExploreExecution
    from .defs.monitor_explore_log_entry import MonitorExploreLogEntry as MonitorExploreLogEntry
    from .defs.monitor_explore_result import MonitorExploreResult as MonitorExploreResult
    from .defs.monitor_explore_run import MonitorExploreRun as MonitorExploreRun
    from .defs.monitor_folder import MonitorFolder as MonitorFolder
    from .defs.monitor_http_source_config import MonitorHttpSourceConfig as MonitorHttpSourceConfig
    from .defs.monitor_investigation_target import (
        MonitorInvestigationTarget as MonitorInvestigationTarget,
    )
    from .defs.monitor_investigation_time_range import (
        MonitorInvestigationTimeRange as MonitorInvestigationTimeRange,
    )
    from .defs.monitor_my_sql_config import MonitorMySQLConfig as MonitorMySQLConfig
    from .defs.monitor_no_data_check import MonitorNoDataCheck as MonitorNoDataCheck
    from .defs.monitor_no_data_check_v2 import MonitorNoDataCheckV2 as MonitorNoDataCheckV2
    from .defs.monitor_oracle_config import MonitorOracleConfig as MonitorOracleConfig
    from .defs.monitor_postgres_config import MonitorPostgresConfig as MonitorPostgresConfig
    from .defs.monitor_query_data import MonitorQueryData as MonitorQueryData
    from .defs.monitor_query_field import MonitorQueryField as MonitorQueryField
    from .defs.monitor_query_frame import MonitorQueryFrame as MonitorQueryFrame
    from .defs.monitor_query_investigation_target import (
        MonitorQueryInvestigationTarget as MonitorQueryInvestigationTarget,
    )
    from .defs.monitor_query_result import MonitorQueryResult as MonitorQueryResult
    from .defs.monitor_query_sample import MonitorQuerySample as MonitorQuerySample
    from .defs.monitor_recovery_query_v2 import MonitorRecoveryQueryV2 as MonitorRecoveryQueryV2
    from .defs.monitor_rule import MonitorRule as MonitorRule
    from .defs.monitor_rule_audit import MonitorRuleAudit as MonitorRuleAudit
    from .defs.monitor_rule_basic import MonitorRuleBasic as MonitorRuleBasic
    from .defs.monitor_rule_configs import MonitorRuleConfigs as MonitorRuleConfigs
    from .defs.monitor_rule_configs_v2 import MonitorRuleConfigsV2 as MonitorRuleConfigsV2
    from .defs.monitor_rule_count_sample import MonitorRuleCountSample as MonitorRuleCountSample
    from .defs.monitor_rule_export import MonitorRuleExport as MonitorRuleExport
    from .defs.monitor_rule_folder_status import MonitorRuleFolderStatus as MonitorRuleFolderStatus
    from .defs.monitor_rule_import_item import MonitorRuleImportItem as MonitorRuleImportItem
    from .defs.monitor_rule_query import MonitorRuleQuery as MonitorRuleQuery
    from .defs.monitor_rule_relate_query import MonitorRuleRelateQuery as MonitorRuleRelateQuery
    from .defs.monitor_rule_result import MonitorRuleResult as MonitorRuleResult
    from .defs.monitor_rule_set import MonitorRuleSet as MonitorRuleSet
    from .defs.monitor_rule_settings import MonitorRuleSettings as MonitorRuleSettings
    from .defs.monitor_rule_v2 import MonitorRuleV2 as MonitorRuleV2
    from .defs.monitor_rule_v2_settings import MonitorRuleV2Settings as MonitorRuleV2Settings
    from .defs.monitor_sls_config import MonitorSLSConfig as MonitorSLSConfig
    from .defs.monitor_sls_project import MonitorSlsProject as MonitorSlsProject
    from .defs.monitor_sls_project_page import MonitorSlsProjectPage as MonitorSlsProjectPage
    from .defs.monitor_sls_projects import MonitorSlsProjects as MonitorSlsProjects
    from .defs.monitor_string_map_patch import MonitorStringMapPatch as MonitorStringMapPatch
    from .defs.monitor_target_page import MonitorTargetPage as MonitorTargetPage
    from .defs.monitor_target_page_item import MonitorTargetPageItem as MonitorTargetPageItem
    from .defs.monitor_tencent_cls_config import MonitorTencentCLSConfig as MonitorTencentCLSConfig
    from .defs.monitor_threshold_check import MonitorThresholdCheck as MonitorThresholdCheck
    from .defs.monitor_threshold_check_v2 import MonitorThresholdCheckV2 as MonitorThresholdCheckV2
    from .defs.monitor_threshold_recovery import (
        MonitorThresholdRecovery as MonitorThresholdRecovery,
    )
    from .defs.monitor_tool_catalog import MonitorToolCatalog as MonitorToolCatalog
    from .defs.monitor_tool_catalog_error import MonitorToolCatalogError as MonitorToolCatalogError
    from .defs.monitor_tool_catalog_target import (
        MonitorToolCatalogTarget as MonitorToolCatalogTarget,
    )
    from .defs.monitor_tool_catalog_tool import MonitorToolCatalogTool as MonitorToolCatalogTool
    from .defs.monitor_tool_invocation import MonitorToolInvocation as MonitorToolInvocation
    from .defs.monitor_tool_invocation_error import (
        MonitorToolInvocationError as MonitorToolInvocationError,
    )
    from .defs.monitor_tool_invocation_result import (
        MonitorToolInvocationResult as MonitorToolInvocationResult,
    )
    from .defs.monitor_tool_invocation_result_error import (
        MonitorToolInvocationResultError as MonitorToolInvocationResultError,
    )
    from .defs.monitor_tool_invocation_result_truncated import (
        MonitorToolInvocationResultTruncated as MonitorToolInvocationResultTruncated,
    )
    from .defs.monitor_tool_invocation_target import (
        MonitorToolInvocationTarget as MonitorToolInvocationTarget,
    )
    from .defs.monitor_tool_invoke_tool import MonitorToolInvokeTool as MonitorToolInvokeTool
    from .defs.notification_preference import NotificationPreference as NotificationPreference
    from .defs.notification_template import NotificationTemplate as NotificationTemplate
    from .defs.notification_template_created import (
        NotificationTemplateCreated as NotificationTemplateCreated,
    )
    from .defs.notification_template_fixed_field import (
        NotificationTemplateFixedField as NotificationTemplateFixedField,
    )
    from .defs.notification_template_page import (
        NotificationTemplatePage as NotificationTemplatePage,
    )
    from .defs.notification_template_preview import (
        NotificationTemplatePreview as NotificationTemplatePreview,
    )
    from .defs.notify_override import NotifyOverride as NotifyOverride
    from .defs.notify_rule import NotifyRule as NotifyRule
    from .defs.notify_rule_list import NotifyRuleList as NotifyRuleList
    from .defs.oncall_change_count import OncallChangeCount as OncallChangeCount
    from .defs.oncall_change_count_list import OncallChangeCountList as OncallChangeCountList
    from .defs.oncall_notification_count import OncallNotificationCount as OncallNotificationCount
    from .defs.oncall_notification_count_list import (
        OncallNotificationCountList as OncallNotificationCountList,
    )
    from .defs.oncall_role import OncallRole as OncallRole
    from .defs.once_time_window import OnceTimeWindow as OnceTimeWindow
    from .defs.page import Page as Page
    from .defs.past_incident import PastIncident as PastIncident
    from .defs.past_incident_list import PastIncidentList as PastIncidentList
    from .defs.permission import Permission as Permission
    from .defs.permission_factor import PermissionFactor as PermissionFactor
    from .defs.permission_list import PermissionList as PermissionList
    from .defs.personal_notify_channels import PersonalNotifyChannels as PersonalNotifyChannels
    from .defs.person_info import PersonInfo as PersonInfo
    from .defs.person_info_list import PersonInfoList as PersonInfoList
    from .defs.person_short import PersonShort as PersonShort
    from .defs.post_mortem import PostMortem as PostMortem
    from .defs.post_mortem_basics import PostMortemBasics as PostMortemBasics
    from .defs.post_mortem_content import PostMortemContent as PostMortemContent
    from .defs.post_mortem_content_reset import PostMortemContentReset as PostMortemContentReset
    from .defs.post_mortem_media import PostMortemMedia as PostMortemMedia
    from .defs.post_mortem_meta import PostMortemMeta as PostMortemMeta
    from .defs.post_mortem_page import PostMortemPage as PostMortemPage
    from .defs.post_mortem_template import PostMortemTemplate as PostMortemTemplate
    from .defs.post_mortem_template_page import PostMortemTemplatePage as PostMortemTemplatePage
    from .defs.prometheus_label_values import PrometheusLabelValues as PrometheusLabelValues
    from .defs.recurring_time_window import RecurringTimeWindow as RecurringTimeWindow
    from .defs.responder import Responder as Responder
    from .defs.responder_insight_metrics import ResponderInsightMetrics as ResponderInsightMetrics
    from .defs.responder_insight_metrics_list import (
        ResponderInsightMetricsList as ResponderInsightMetricsList,
    )
    from .defs.role import Role as Role
    from .defs.role_list import RoleList as RoleList
    from .defs.role_upsert_result import RoleUpsertResult as RoleUpsertResult
    from .defs.route_case import RouteCase as RouteCase
    from .defs.route_default import RouteDefault as RouteDefault
    from .defs.route_draft import RouteDraft as RouteDraft
    from .defs.route_history import RouteHistory as RouteHistory
    from .defs.route_history_page import RouteHistoryPage as RouteHistoryPage
    from .defs.route_preview_list import RoutePreviewList as RoutePreviewList
    from .defs.route_preview_result import RoutePreviewResult as RoutePreviewResult
    from .defs.route_rule import RouteRule as RouteRule
    from .defs.route_rule_list import RouteRuleList as RouteRuleList
    from .defs.route_section import RouteSection as RouteSection
    from .defs.rum_application import RumApplication as RumApplication
    from .defs.rum_application_alerting import RumApplicationAlerting as RumApplicationAlerting
    from .defs.rum_application_created import RumApplicationCreated as RumApplicationCreated
    from .defs.rum_application_link import RumApplicationLink as RumApplicationLink
    from .defs.rum_application_links import RumApplicationLinks as RumApplicationLinks
    from .defs.rum_application_list import RumApplicationList as RumApplicationList
    from .defs.rum_application_page import RumApplicationPage as RumApplicationPage
    from .defs.rum_application_tracing import RumApplicationTracing as RumApplicationTracing
    from .defs.rum_binary_image import RumBinaryImage as RumBinaryImage
    from .defs.rum_code_snippet import RumCodeSnippet as RumCodeSnippet
    from .defs.rum_error_ingestion_filter_condition import (
        RumErrorIngestionFilterCondition as RumErrorIngestionFilterCondition,
    )
    from .defs.rum_error_ingestion_history_entry import (
        RumErrorIngestionHistoryEntry as RumErrorIngestionHistoryEntry,
    )
    from .defs.rum_error_ingestion_history_page import (
        RumErrorIngestionHistoryPage as RumErrorIngestionHistoryPage,
    )
    from .defs.rum_error_ingestion_rule import RumErrorIngestionRule as RumErrorIngestionRule
    from .defs.rum_error_ingestion_rule_created import (
        RumErrorIngestionRuleCreated as RumErrorIngestionRuleCreated,
    )
    from .defs.rum_error_ingestion_rule_list import (
        RumErrorIngestionRuleList as RumErrorIngestionRuleList,
    )
    from .defs.rum_error_ingestion_rule_snapshot_item import (
        RumErrorIngestionRuleSnapshotItem as RumErrorIngestionRuleSnapshotItem,
    )
    from .defs.rum_event_scope import RumEventScope as RumEventScope
    from .defs.rum_facet_count import RumFacetCount as RumFacetCount
    from .defs.rum_facet_count_list import RumFacetCountList as RumFacetCountList
    from .defs.rum_field import RumField as RumField
    from .defs.rum_field_list import RumFieldList as RumFieldList
    from .defs.rum_issue import RumIssue as RumIssue
    from .defs.rum_issue_error import RumIssueError as RumIssueError
    from .defs.rum_issue_page import RumIssuePage as RumIssuePage
    from .defs.rum_issue_regression import RumIssueRegression as RumIssueRegression
    from .defs.rum_issue_sighting import RumIssueSighting as RumIssueSighting
    from .defs.rum_minified_frame import RumMinifiedFrame as RumMinifiedFrame
    from .defs.rum_original_frame import RumOriginalFrame as RumOriginalFrame
    from .defs.rum_preset_severity_rule import RumPresetSeverityRule as RumPresetSeverityRule
    from .defs.rum_preset_severity_rule_created import (
        RumPresetSeverityRuleCreated as RumPresetSeverityRuleCreated,
    )
    from .defs.rum_preset_severity_rule_filter_condition import (
        RumPresetSeverityRuleFilterCondition as RumPresetSeverityRuleFilterCondition,
    )
    from .defs.rum_preset_severity_rule_history_entry import (
        RumPresetSeverityRuleHistoryEntry as RumPresetSeverityRuleHistoryEntry,
    )
    from .defs.rum_preset_severity_rule_history_page import (
        RumPresetSeverityRuleHistoryPage as RumPresetSeverityRuleHistoryPage,
    )
    from .defs.rum_preset_severity_rule_history_snapshot_rule import (
        RumPresetSeverityRuleHistorySnapshotRule as RumPresetSeverityRuleHistorySnapshotRule,
    )
    from .defs.rum_preset_severity_rule_list import (
        RumPresetSeverityRuleList as RumPresetSeverityRuleList,
    )
    from .defs.rum_remote_config_history_page import (
        RumRemoteConfigHistoryPage as RumRemoteConfigHistoryPage,
    )
    from .defs.rum_remote_config_preview import RumRemoteConfigPreview as RumRemoteConfigPreview
    from .defs.rum_remote_config_rule import RumRemoteConfigRule as RumRemoteConfigRule
    from .defs.rum_remote_config_settings import RumRemoteConfigSettings as RumRemoteConfigSettings
    from .defs.rum_remote_config_state import RumRemoteConfigState as RumRemoteConfigState
    from .defs.rum_remote_config_version import RumRemoteConfigVersion as RumRemoteConfigVersion
    from .defs.rum_remote_config_version_ref import (
        RumRemoteConfigVersionRef as RumRemoteConfigVersionRef,
    )
    from .defs.rum_replay_device import RumReplayDevice as RumReplayDevice
    from .defs.rum_replay_foreground_period import (
        RumReplayForegroundPeriod as RumReplayForegroundPeriod,
    )
    from .defs.rum_replay_meta import RumReplayMeta as RumReplayMeta
    from .defs.rum_replay_ref import RumReplayRef as RumReplayRef
    from .defs.rum_replay_segment import RumReplaySegment as RumReplaySegment
    from .defs.rum_replay_segment_list import RumReplaySegmentList as RumReplaySegmentList
    from .defs.rum_replay_session import RumReplaySession as RumReplaySession
    from .defs.rum_replay_view import RumReplayView as RumReplayView
    from .defs.rum_resource import RumResource as RumResource
    from .defs.rum_sourcemap import RumSourcemap as RumSourcemap
    from .defs.rum_sourcemap_list import RumSourcemapList as RumSourcemapList
    from .defs.rum_sql_field import RumSqlField as RumSqlField
    from .defs.rum_sql_query import RumSqlQuery as RumSqlQuery
    from .defs.rum_sql_query_data import RumSqlQueryData as RumSqlQueryData
    from .defs.rum_sql_query_result import RumSqlQueryResult as RumSqlQueryResult
    from .defs.rum_sql_query_results import RumSqlQueryResults as RumSqlQueryResults
    from .defs.rum_sql_sampled_aggregate import RumSqlSampledAggregate as RumSqlSampledAggregate
    from .defs.rum_sql_sampling import RumSqlSampling as RumSqlSampling
    from .defs.rum_stack_frame import RumStackFrame as RumStackFrame
    from .defs.rum_stack_trace import RumStackTrace as RumStackTrace
    from .defs.rum_suspected_cause import RumSuspectedCause as RumSuspectedCause
    from .defs.rum_webhook_test_result import RumWebhookTestResult as RumWebhookTestResult
    from .defs.schedule import Schedule as Schedule
    from .defs.schedule_created import ScheduleCreated as ScheduleCreated
    from .defs.schedule_day_mask import ScheduleDayMask as ScheduleDayMask
    from .defs.schedule_fixed_time_notify import ScheduleFixedTimeNotify as ScheduleFixedTimeNotify
    from .defs.schedule_group import ScheduleGroup as ScheduleGroup
    from .defs.schedule_im_notify import ScheduleImNotify as ScheduleImNotify
    from .defs.schedule_im_notify_settings import (
        ScheduleImNotifySettings as ScheduleImNotifySettings,
    )
    from .defs.schedule_layer import ScheduleLayer as ScheduleLayer
    from .defs.schedule_layer_shifts import ScheduleLayerShifts as ScheduleLayerShifts
    from .defs.schedule_list import ScheduleList as ScheduleList
    from .defs.schedule_member import ScheduleMember as ScheduleMember
    from .defs.schedule_notify import ScheduleNotify as ScheduleNotify
    from .defs.schedule_notify_by import ScheduleNotifyBy as ScheduleNotifyBy
    from .defs.schedule_oncall_shift import ScheduleOncallShift as ScheduleOncallShift
    from .defs.schedule_page import SchedulePage as SchedulePage
    from .defs.schedule_restrict_period import ScheduleRestrictPeriod as ScheduleRestrictPeriod
    from .defs.schedule_shift import ScheduleShift as ScheduleShift
    from .defs.service_desk_plus_request import ServiceDeskPlusRequest as ServiceDeskPlusRequest
    from .defs.service_desk_plus_request_page import (
        ServiceDeskPlusRequestPage as ServiceDeskPlusRequestPage,
    )
    from .defs.severity_notify_channels import SeverityNotifyChannels as SeverityNotifyChannels
    from .defs.shift_notify_preference import ShiftNotifyPreference as ShiftNotifyPreference
    from .defs.signed_file_urls import SignedFileUrls as SignedFileUrls
    from .defs.silence_rule import SilenceRule as SilenceRule
    from .defs.silence_rule_list import SilenceRuleList as SilenceRuleList
    from .defs.skill import Skill as Skill
    from .defs.skill_list import SkillList as SkillList
    from .defs.status_page import StatusPage as StatusPage
    from .defs.status_page_affected_component import (
        StatusPageAffectedComponent as StatusPageAffectedComponent,
    )
    from .defs.status_page_component import StatusPageComponent as StatusPageComponent
    from .defs.status_page_component_change import (
        StatusPageComponentChange as StatusPageComponentChange,
    )
    from .defs.status_page_component_ids import StatusPageComponentIds as StatusPageComponentIds
    from .defs.status_page_created import StatusPageCreated as StatusPageCreated
    from .defs.status_page_draft import StatusPageDraft as StatusPageDraft
    from .defs.status_page_event import StatusPageEvent as StatusPageEvent
    from .defs.status_page_event_created import StatusPageEventCreated as StatusPageEventCreated
    from .defs.status_page_event_list import StatusPageEventList as StatusPageEventList
    from .defs.status_page_event_update import StatusPageEventUpdate as StatusPageEventUpdate
    from .defs.status_page_event_update_created import (
        StatusPageEventUpdateCreated as StatusPageEventUpdateCreated,
    )
    from .defs.status_page_event_update_input import (
        StatusPageEventUpdateInput as StatusPageEventUpdateInput,
    )
    from .defs.status_page_list import StatusPageList as StatusPageList
    from .defs.status_page_migration_job import StatusPageMigrationJob as StatusPageMigrationJob
    from .defs.status_page_migration_progress import (
        StatusPageMigrationProgress as StatusPageMigrationProgress,
    )
    from .defs.status_page_migration_started import (
        StatusPageMigrationStarted as StatusPageMigrationStarted,
    )
    from .defs.status_page_section import StatusPageSection as StatusPageSection
    from .defs.status_page_section_ids import StatusPageSectionIds as StatusPageSectionIds
    from .defs.status_page_subscriber import StatusPageSubscriber as StatusPageSubscriber
    from .defs.status_page_subscriber_input import (
        StatusPageSubscriberInput as StatusPageSubscriberInput,
    )
    from .defs.status_page_subscriber_page import (
        StatusPageSubscriberPage as StatusPageSubscriberPage,
    )
    from .defs.status_page_subscription import StatusPageSubscription as StatusPageSubscription
    from .defs.status_page_template import StatusPageTemplate as StatusPageTemplate
    from .defs.status_page_template_list import StatusPageTemplateList as StatusPageTemplateList
    from .defs.status_page_template_saved import StatusPageTemplateSaved as StatusPageTemplateSaved
    from .defs.subscribe_rule import SubscribeRule as SubscribeRule
    from .defs.subscribe_rule_list import SubscribeRuleList as SubscribeRuleList
    from .defs.team import Team as Team
    from .defs.team_brief import TeamBrief as TeamBrief
    from .defs.team_brief_list import TeamBriefList as TeamBriefList
    from .defs.team_page import TeamPage as TeamPage
    from .defs.team_upsert_result import TeamUpsertResult as TeamUpsertResult
    from .defs.war_room import WarRoom as WarRoom
    from .defs.war_room_list import WarRoomList as WarRoomList
    from .defs.war_room_observer import WarRoomObserver as WarRoomObserver
    from .defs.war_room_observer_list import WarRoomObserverList as WarRoomObserverList
    from .defs.war_room_record import WarRoomRecord as WarRoomRecord
    from .defs.webhook_alert import WebhookAlert as WebhookAlert
    from .defs.webhook_alert_incident import WebhookAlertIncident as WebhookAlertIncident
    from .defs.webhook_history import WebhookHistory as WebhookHistory
    from .defs.webhook_history_detail import WebhookHistoryDetail as WebhookHistoryDetail
    from .defs.webhook_history_page import WebhookHistoryPage as WebhookHistoryPage
    from .defs.webhook_incident import WebhookIncident as WebhookIncident
    from .defs.webhook_incident_alert import WebhookIncidentAlert as WebhookIncidentAlert
    from .defs.webhook_integration_settings import (
        WebhookIntegrationSettings as WebhookIntegrationSettings,
    )
    from .defs.webhook_person import WebhookPerson as WebhookPerson
    from .defs.webhook_responder import WebhookResponder as WebhookResponder
    from .defs.webhook_robot import WebhookRobot as WebhookRobot
    from .defs.webhook_robot_list import WebhookRobotList as WebhookRobotList
    from .defs.webhook_robot_reference import WebhookRobotReference as WebhookRobotReference
    from .defs.webhook_robot_settings import WebhookRobotSettings as WebhookRobotSettings
    from .defs.work_item import WorkItem as WorkItem
    from .defs.work_item_assignee import WorkItemAssignee as WorkItemAssignee
    from .defs.work_item_page import WorkItemPage as WorkItemPage
    from .defs.work_item_result import WorkItemResult as WorkItemResult

_MODULES = {
    "A2AAgent": "defs.a2_a_agent",
    "A2AAgentCreated": "defs.a2_a_agent_created",
    "A2AAgentList": "defs.a2_a_agent_list",
    "Account": "defs.account",
    "AccountRestrictions": "defs.account_restrictions",
    "AgentEnvironmentBinding": "defs.agent_environment_binding",
    "AgentSession": "defs.agent_session",
    "AgentSessionContext": "defs.agent_session_context",
    "AgentSessionDetail": "defs.agent_session_detail",
    "AgentSessionEvent": "defs.agent_session_event",
    "AgentSessionList": "defs.agent_session_list",
    "AgentSessionTokenUsage": "defs.agent_session_token_usage",
    "Alert": "defs.alert",
    "AlertCard": "defs.alert_card",
    "AlertCardList": "defs.alert_card_list",
    "AlertCardView": "defs.alert_card_view",
    "AlertCardViewCreated": "defs.alert_card_view_created",
    "AlertCardViewList": "defs.alert_card_view_list",
    "AlertCardViewUpdated": "defs.alert_card_view_updated",
    "AlertEvent": "defs.alert_event",
    "AlertEventList": "defs.alert_event_list",
    "AlertEventPage": "defs.alert_event_page",
    "AlertEventPushed": "defs.alert_event_pushed",
    "AlertFeedItem": "defs.alert_feed_item",
    "AlertFeedPage": "defs.alert_feed_page",
    "AlertGrouping": "defs.alert_grouping",
    "AlertGroupingCase": "defs.alert_grouping_case",
    "AlertIncident": "defs.alert_incident",
    "AlertPage": "defs.alert_page",
    "AlertPipeline": "defs.alert_pipeline",
    "AlertPipelineDescriptionReset": "defs.alert_pipeline_description_reset",
    "AlertPipelineDrop": "defs.alert_pipeline_drop",
    "AlertPipelineInhibit": "defs.alert_pipeline_inhibit",
    "AlertPipelineList": "defs.alert_pipeline_list",
    "AlertPipelineRule": "defs.alert_pipeline_rule",
    "AlertPipelineSeverityReset": "defs.alert_pipeline_severity_reset",
    "AlertPipelineTitleReset": "defs.alert_pipeline_title_reset",
    "AlertWebhookEvent": "defs.alert_webhook_event",
    "AppKey": "defs.app_key",
    "AppKeyCreated": "defs.app_key_created",
    "AppKeyPage": "defs.app_key_page",
    "Artifact": "defs.artifact",
    "ArtifactFileState": "defs.artifact_file_state",
    "ArtifactFileStates": "defs.artifact_file_states",
    "ArtifactList": "defs.artifact_list",
    "ArtifactPublished": "defs.artifact_published",
    "ArtifactShareState": "defs.artifact_share_state",
    "AssignedTo": "defs.assigned_to",
    "AuditLog": "defs.audit_log",
    "AuditLogPage": "defs.audit_log_page",
    "AuditLogParam": "defs.audit_log_param",
    "AuditOperation": "defs.audit_operation",
    "AuditOperationList": "defs.audit_operation_list",
    "AutomationManualRun": "defs.automation_manual_run",
    "AutomationPreflight": "defs.automation_preflight",
    "AutomationRule": "defs.automation_rule",
    "AutomationRuleList": "defs.automation_rule_list",
    "AutomationRun": "defs.automation_run",
    "AutomationRunList": "defs.automation_run_list",
    "AutomationRunRef": "defs.automation_run_ref",
    "AutomationTemplate": "defs.automation_template",
    "AutomationTemplateList": "defs.automation_template_list",
    "AutomationTriggerFired": "defs.automation_trigger_fired",
    "Calendar": "defs.calendar",
    "CalendarCreated": "defs.calendar_created",
    "CalendarEvent": "defs.calendar_event",
    "CalendarEventList": "defs.calendar_event_list",
    "CalendarEventUpserted": "defs.calendar_event_upserted",
    "CalendarList": "defs.calendar_list",
    "Change": "defs.change",
    "ChangeEvent": "defs.change_event",
    "ChangePage": "defs.change_page",
    "Channel": "defs.channel",
    "ChannelBrief": "defs.channel_brief",
    "ChannelBriefList": "defs.channel_brief_list",
    "ChannelCreated": "defs.channel_created",
    "ChannelDefaultEscalation": "defs.channel_default_escalation",
    "ChannelEventGroup": "defs.channel_event_group",
    "ChannelIncidentCounts": "defs.channel_incident_counts",
    "ChannelPage": "defs.channel_page",
    "ChannelRuleCreated": "defs.channel_rule_created",
    "ChannelUpdated": "defs.channel_updated",
    "CommentType": "defs.comment_type",
    "CommentTypeCreated": "defs.comment_type_created",
    "CommentTypeList": "defs.comment_type_list",
    "CustomActionEvent": "defs.custom_action_event",
    "CustomActionIncident": "defs.custom_action_incident",
    "CustomActionResult": "defs.custom_action_result",
    "CustomField": "defs.custom_field",
    "CustomFieldCreated": "defs.custom_field_created",
    "CustomFieldList": "defs.custom_field_list",
    "Dashboard": "defs.dashboard",
    "DashboardActor": "defs.dashboard_actor",
    "DashboardCandidate": "defs.dashboard_candidate",
    "DashboardDataLink": "defs.dashboard_data_link",
    "DashboardDatasourceRef": "defs.dashboard_datasource_ref",
    "DashboardDefinition": "defs.dashboard_definition",
    "DashboardDeletion": "defs.dashboard_deletion",
    "DashboardDraftContext": "defs.dashboard_draft_context",
    "DashboardFieldSort": "defs.dashboard_field_sort",
    "DashboardGridPosition": "defs.dashboard_grid_position",
    "DashboardInvestigationTarget": "defs.dashboard_investigation_target",
    "DashboardLabelFilter": "defs.dashboard_label_filter",
    "DashboardOutline": "defs.dashboard_outline",
    "DashboardOutlineFolder": "defs.dashboard_outline_folder",
    "DashboardOutlineInfo": "defs.dashboard_outline_info",
    "DashboardOutlinePanel": "defs.dashboard_outline_panel",
    "DashboardOutlineSection": "defs.dashboard_outline_section",
    "DashboardOutlineTab": "defs.dashboard_outline_tab",
    "DashboardOutlineVariable": "defs.dashboard_outline_variable",
    "DashboardPage": "defs.dashboard_page",
    "DashboardPanel": "defs.dashboard_panel",
    "DashboardPanelQuery": "defs.dashboard_panel_query",
    "DashboardPanelRun": "defs.dashboard_panel_run",
    "DashboardPanelRunBudget": "defs.dashboard_panel_run_budget",
    "DashboardPanelRunRef": "defs.dashboard_panel_run_ref",
    "DashboardQueriesResolution": "defs.dashboard_queries_resolution",
    "DashboardQuery": "defs.dashboard_query",
    "DashboardRelativeTimeRange": "defs.dashboard_relative_time_range",
    "DashboardResolvedPanelQueries": "defs.dashboard_resolved_panel_queries",
    "DashboardResolvedQuery": "defs.dashboard_resolved_query",
    "DashboardResolvedVariable": "defs.dashboard_resolved_variable",
    "DashboardRevision": "defs.dashboard_revision",
    "DashboardRevisionList": "defs.dashboard_revision_list",
    "DashboardRuntimeDatasource": "defs.dashboard_runtime_datasource",
    "DashboardRuntimeError": "defs.dashboard_runtime_error",
    "DashboardSection": "defs.dashboard_section",
    "DashboardSelection": "defs.dashboard_selection",
    "DashboardSelectionConfig": "defs.dashboard_selection_config",
    "DashboardSort": "defs.dashboard_sort",
    "DashboardSummary": "defs.dashboard_summary",
    "DashboardTab": "defs.dashboard_tab",
    "DashboardThreshold": "defs.dashboard_threshold",
    "DashboardTimeRange": "defs.dashboard_time_range",
    "DashboardTrashItem": "defs.dashboard_trash_item",
    "DashboardTrashPage": "defs.dashboard_trash_page",
    "DashboardUpdate": "defs.dashboard_update",
    "DashboardVariable": "defs.dashboard_variable",
    "DashboardVariableQuery": "defs.dashboard_variable_query",
    "DashboardVariablesResolution": "defs.dashboard_variables_resolution",
    "DashboardVizConfig": "defs.dashboard_viz_config",
    "DropRule": "defs.drop_rule",
    "DropRuleList": "defs.drop_rule_list",
    "DutyError": "defs.duty_error",
    "Enrichment": "defs.enrichment",
    "EnrichmentComposition": "defs.enrichment_composition",
    "EnrichmentDrop": "defs.enrichment_drop",
    "EnrichmentExtraction": "defs.enrichment_extraction",
    "EnrichmentList": "defs.enrichment_list",
    "EnrichmentMapping": "defs.enrichment_mapping",
    "EnrichmentRule": "defs.enrichment_rule",
    "Envelope": "defs.envelope",
    "ErrorEnvelope": "defs.error_envelope",
    "EscalateLayer": "defs.escalate_layer",
    "EscalateRule": "defs.escalate_rule",
    "EscalateRuleList": "defs.escalate_rule_list",
    "EscalateTarget": "defs.escalate_target",
    "EscalateWebhook": "defs.escalate_webhook",
    "ExternalIncidentCreated": "defs.external_incident_created",
    "FeedNotifyChat": "defs.feed_notify_chat",
    "FeedNotifyPerson": "defs.feed_notify_person",
    "FeedNotifyRobot": "defs.feed_notify_robot",
    "FilterAndGroup": "defs.filter_and_group",
    "FilterCondition": "defs.filter_condition",
    "Flapping": "defs.flapping",
    "Image": "defs.image",
    "ImIntegration": "defs.im_integration",
    "ImIntegrationList": "defs.im_integration_list",
    "ImNotifyPreference": "defs.im_notify_preference",
    "ImPersonLinkResult": "defs.im_person_link_result",
    "Incident": "defs.incident",
    "IncidentAlertPage": "defs.incident_alert_page",
    "IncidentBrief": "defs.incident_brief",
    "IncidentCard": "defs.incident_card",
    "IncidentCardList": "defs.incident_card_list",
    "IncidentCardView": "defs.incident_card_view",
    "IncidentCardViewCreated": "defs.incident_card_view_created",
    "IncidentCardViewEquals": "defs.incident_card_view_equals",
    "IncidentCardViewList": "defs.incident_card_view_list",
    "IncidentCardViewUpdated": "defs.incident_card_view_updated",
    "IncidentCreated": "defs.incident_created",
    "IncidentEvent": "defs.incident_event",
    "IncidentFeedAckDetail": "defs.incident_feed_ack_detail",
    "IncidentFeedAssignDetail": "defs.incident_feed_assign_detail",
    "IncidentFeedCommentDetail": "defs.incident_feed_comment_detail",
    "IncidentFeedCustomActionDetail": "defs.incident_feed_custom_action_detail",
    "IncidentFeedEmptyDetail": "defs.incident_feed_empty_detail",
    "IncidentFeedFieldDetail": "defs.incident_feed_field_detail",
    "IncidentFeedFlappingDetail": "defs.incident_feed_flapping_detail",
    "IncidentFeedItem": "defs.incident_feed_item",
    "IncidentFeedMergeDetail": "defs.incident_feed_merge_detail",
    "IncidentFeedNewDetail": "defs.incident_feed_new_detail",
    "IncidentFeedNotifyDetail": "defs.incident_feed_notify_detail",
    "IncidentFeedPage": "defs.incident_feed_page",
    "IncidentFeedReopenDetail": "defs.incident_feed_reopen_detail",
    "IncidentFeedResolveDetail": "defs.incident_feed_resolve_detail",
    "IncidentFeedRespondersDetail": "defs.incident_feed_responders_detail",
    "IncidentFeedSeverityDetail": "defs.incident_feed_severity_detail",
    "IncidentFeedSnoozeDetail": "defs.incident_feed_snooze_detail",
    "IncidentFeedStormDetail": "defs.incident_feed_storm_detail",
    "IncidentFeedTitleDetail": "defs.incident_feed_title_detail",
    "IncidentFeedWakeDetail": "defs.incident_feed_wake_detail",
    "IncidentFeedWarRoomDetail": "defs.incident_feed_war_room_detail",
    "IncidentPage": "defs.incident_page",
    "InhibitRule": "defs.inhibit_rule",
    "InhibitRuleList": "defs.inhibit_rule_list",
    "InsightAlertTop": "defs.insight_alert_top",
    "InsightAlertTopList": "defs.insight_alert_top_list",
    "InsightIncident": "defs.insight_incident",
    "InsightIncidentPage": "defs.insight_incident_page",
    "InsightMetrics": "defs.insight_metrics",
    "InsightMetricsList": "defs.insight_metrics_list",
    "Integration": "defs.integration",
    "IntegrationCreated": "defs.integration_created",
    "IntegrationDetail": "defs.integration_detail",
    "IntegrationKey": "defs.integration_key",
    "IntegrationPage": "defs.integration_page",
    "IntegrationSummary": "defs.integration_summary",
    "IntegrationType": "defs.integration_type",
    "IntegrationTypePage": "defs.integration_type_page",
    "IntegrationUpserted": "defs.integration_upserted",
    "InvitedMember": "defs.invited_member",
    "KnowledgeFile": "defs.knowledge_file",
    "KnowledgeFileContent": "defs.knowledge_file_content",
    "KnowledgeFileDeleted": "defs.knowledge_file_deleted",
    "KnowledgeFileList": "defs.knowledge_file_list",
    "KnowledgeFileWritten": "defs.knowledge_file_written",
    "KnowledgeOverview": "defs.knowledge_overview",
    "KnowledgePack": "defs.knowledge_pack",
    "KnowledgePackDeleted": "defs.knowledge_pack_deleted",
    "KnowledgePackList": "defs.knowledge_pack_list",
    "KnowledgeWarning": "defs.knowledge_warning",
    "LicenseMember": "defs.license_member",
    "LicenseMemberList": "defs.license_member_list",
    "LinkItem": "defs.link_item",
    "MappingApi": "defs.mapping_api",
    "MappingApiCreated": "defs.mapping_api_created",
    "MappingApiList": "defs.mapping_api_list",
    "MappingDataPage": "defs.mapping_data_page",
    "MappingDataRow": "defs.mapping_data_row",
    "MappingDataUpserted": "defs.mapping_data_upserted",
    "MappingSchema": "defs.mapping_schema",
    "MappingSchemaCreated": "defs.mapping_schema_created",
    "MappingSchemaList": "defs.mapping_schema_list",
    "MCPServer": "defs.mcp_server",
    "MCPServerList": "defs.mcp_server_list",
    "MCPTool": "defs.mcp_tool",
    "Member": "defs.member",
    "MemberInvitation": "defs.member_invitation",
    "MemberInviteResult": "defs.member_invite_result",
    "MemberOncallShift": "defs.member_oncall_shift",
    "MemberOncallStatus": "defs.member_oncall_status",
    "MemberPage": "defs.member_page",
    "MemberProfile": "defs.member_profile",
    "MemberProfileUpdates": "defs.member_profile_updates",
    "MemberSchedule": "defs.member_schedule",
    "MonitorAnyDataCheck": "defs.monitor_any_data_check",
    "MonitorAnyDataCheckV2": "defs.monitor_any_data_check_v2",
    "MonitorAnyDataRecovery": "defs.monitor_any_data_recovery",
    "MonitorClickHouseConfig": "defs.monitor_click_house_config",
    "MonitorDataSource": "defs.monitor_data_source",
    "MonitorDataSourcePayload": "defs.monitor_data_source_payload",
    "MonitorDataSourceToolResult": "defs.monitor_data_source_tool_result",
    "MonitorDataSourceToolTruncation": "defs.monitor_data_source_tool_truncation",
    "MonitorDataSourceType": "defs.monitor_data_source_type",
    "MonitorDiagnoseEvidenceWindow": "defs.monitor_diagnose_evidence_window",
    "MonitorDiagnoseInput": "defs.monitor_diagnose_input",
    "MonitorDiagnoseMethod": "defs.monitor_diagnose_method",
    "MonitorDiagnoseOptions": "defs.monitor_diagnose_options",
    "MonitorDiagnoseTimeRange": "defs.monitor_diagnose_time_range",
    "MonitorDiagnosis": "defs.monitor_diagnosis",
    "MonitorElasticsearchConfig": "defs.monitor_elasticsearch_config",
    "MonitorEnabledTime": "defs.monitor_enabled_time",
    "MonitorExploreData": "defs.monitor_explore_data",
    "MonitorExploreExecution": "defs.monitor_explore_execution",
    "MonitorExploreLogEntry": "defs.monitor_explore_log_entry",
    "MonitorExploreResult": "defs.monitor_explore_result",
    "MonitorExploreRun": "defs.monitor_explore_run",
    "MonitorFolder": "defs.monitor_folder",
    "MonitorHttpSourceConfig": "defs.monitor_http_source_config",
    "MonitorInvestigationTarget": "defs.monitor_investigation_target",
    "MonitorInvestigationTimeRange": "defs.monitor_investigation_time_range",
    "MonitorMySQLConfig": "defs.monitor_my_sql_config",
    "MonitorNoDataCheck": "defs.monitor_no_data_check",
    "MonitorNoDataCheckV2": "defs.monitor_no_data_check_v2",
    "MonitorOracleConfig": "defs.monitor_oracle_config",
    "MonitorPostgresConfig": "defs.monitor_postgres_config",
    "MonitorQueryData": "defs.monitor_query_data",
    "MonitorQueryField": "defs.monitor_query_field",
    "MonitorQueryFrame": "defs.monitor_query_frame",
    "MonitorQueryInvestigationTarget": "defs.monitor_query_investigation_target",
    "MonitorQueryResult": "defs.monitor_query_result",
    "MonitorQuerySample": "defs.monitor_query_sample",
    "MonitorRecoveryQueryV2": "defs.monitor_recovery_query_v2",
    "MonitorRule": "defs.monitor_rule",
    "MonitorRuleAudit": "defs.monitor_rule_audit",
    "MonitorRuleBasic": "defs.monitor_rule_basic",
    "MonitorRuleConfigs": "defs.monitor_rule_configs",
    "MonitorRuleConfigsV2": "defs.monitor_rule_configs_v2",
    "MonitorRuleCountSample": "defs.monitor_rule_count_sample",
    "MonitorRuleExport": "defs.monitor_rule_export",
    "MonitorRuleFolderStatus": "defs.monitor_rule_folder_status",
    "MonitorRuleImportItem": "defs.monitor_rule_import_item",
    "MonitorRuleQuery": "defs.monitor_rule_query",
    "MonitorRuleRelateQuery": "defs.monitor_rule_relate_query",
    "MonitorRuleResult": "defs.monitor_rule_result",
    "MonitorRuleSet": "defs.monitor_rule_set",
    "MonitorRuleSettings": "defs.monitor_rule_settings",
    "MonitorRuleV2": "defs.monitor_rule_v2",
    "MonitorRuleV2Settings": "defs.monitor_rule_v2_settings",
    "MonitorSLSConfig": "defs.monitor_sls_config",
    "MonitorSlsProject": "defs.monitor_sls_project",
    "MonitorSlsProjectPage": "defs.monitor_sls_project_page",
    "MonitorSlsProjects": "defs.monitor_sls_projects",
    "MonitorStringMapPatch": "defs.monitor_string_map_patch",
    "MonitorTargetPage": "defs.monitor_target_page",
    "MonitorTargetPageItem": "defs.monitor_target_page_item",
    "MonitorTencentCLSConfig": "defs.monitor_tencent_cls_config",
    "MonitorThresholdCheck": "defs.monitor_threshold_check",
    "MonitorThresholdCheckV2": "defs.monitor_threshold_check_v2",
    "MonitorThresholdRecovery": "defs.monitor_threshold_recovery",
    "MonitorToolCatalog": "defs.monitor_tool_catalog",
    "MonitorToolCatalogError": "defs.monitor_tool_catalog_error",
    "MonitorToolCatalogTarget": "defs.monitor_tool_catalog_target",
    "MonitorToolCatalogTool": "defs.monitor_tool_catalog_tool",
    "MonitorToolInvocation": "defs.monitor_tool_invocation",
    "MonitorToolInvocationError": "defs.monitor_tool_invocation_error",
    "MonitorToolInvocationResult": "defs.monitor_tool_invocation_result",
    "MonitorToolInvocationResultError": "defs.monitor_tool_invocation_result_error",
    "MonitorToolInvocationResultTruncated": "defs.monitor_tool_invocation_result_truncated",
    "MonitorToolInvocationTarget": "defs.monitor_tool_invocation_target",
    "MonitorToolInvokeTool": "defs.monitor_tool_invoke_tool",
    "NotificationPreference": "defs.notification_preference",
    "NotificationTemplate": "defs.notification_template",
    "NotificationTemplateCreated": "defs.notification_template_created",
    "NotificationTemplateFixedField": "defs.notification_template_fixed_field",
    "NotificationTemplatePage": "defs.notification_template_page",
    "NotificationTemplatePreview": "defs.notification_template_preview",
    "NotifyOverride": "defs.notify_override",
    "NotifyRule": "defs.notify_rule",
    "NotifyRuleList": "defs.notify_rule_list",
    "OncallChangeCount": "defs.oncall_change_count",
    "OncallChangeCountList": "defs.oncall_change_count_list",
    "OncallNotificationCount": "defs.oncall_notification_count",
    "OncallNotificationCountList": "defs.oncall_notification_count_list",
    "OncallRole": "defs.oncall_role",
    "OnceTimeWindow": "defs.once_time_window",
    "Page": "defs.page",
    "PastIncident": "defs.past_incident",
    "PastIncidentList": "defs.past_incident_list",
    "Permission": "defs.permission",
    "PermissionFactor": "defs.permission_factor",
    "PermissionList": "defs.permission_list",
    "PersonalNotifyChannels": "defs.personal_notify_channels",
    "PersonInfo": "defs.person_info",
    "PersonInfoList": "defs.person_info_list",
    "PersonShort": "defs.person_short",
    "PostMortem": "defs.post_mortem",
    "PostMortemBasics": "defs.post_mortem_basics",
    "PostMortemContent": "defs.post_mortem_content",
    "PostMortemContentReset": "defs.post_mortem_content_reset",
    "PostMortemMedia": "defs.post_mortem_media",
    "PostMortemMeta": "defs.post_mortem_meta",
    "PostMortemPage": "defs.post_mortem_page",
    "PostMortemTemplate": "defs.post_mortem_template",
    "PostMortemTemplatePage": "defs.post_mortem_template_page",
    "PrometheusLabelValues": "defs.prometheus_label_values",
    "RecurringTimeWindow": "defs.recurring_time_window",
    "Responder": "defs.responder",
    "ResponderInsightMetrics": "defs.responder_insight_metrics",
    "ResponderInsightMetricsList": "defs.responder_insight_metrics_list",
    "Role": "defs.role",
    "RoleList": "defs.role_list",
    "RoleUpsertResult": "defs.role_upsert_result",
    "RouteCase": "defs.route_case",
    "RouteDefault": "defs.route_default",
    "RouteDraft": "defs.route_draft",
    "RouteHistory": "defs.route_history",
    "RouteHistoryPage": "defs.route_history_page",
    "RoutePreviewList": "defs.route_preview_list",
    "RoutePreviewResult": "defs.route_preview_result",
    "RouteRule": "defs.route_rule",
    "RouteRuleList": "defs.route_rule_list",
    "RouteSection": "defs.route_section",
    "RumApplication": "defs.rum_application",
    "RumApplicationAlerting": "defs.rum_application_alerting",
    "RumApplicationCreated": "defs.rum_application_created",
    "RumApplicationLink": "defs.rum_application_link",
    "RumApplicationLinks": "defs.rum_application_links",
    "RumApplicationList": "defs.rum_application_list",
    "RumApplicationPage": "defs.rum_application_page",
    "RumApplicationTracing": "defs.rum_application_tracing",
    "RumBinaryImage": "defs.rum_binary_image",
    "RumCodeSnippet": "defs.rum_code_snippet",
    "RumErrorIngestionFilterCondition": "defs.rum_error_ingestion_filter_condition",
    "RumErrorIngestionHistoryEntry": "defs.rum_error_ingestion_history_entry",
    "RumErrorIngestionHistoryPage": "defs.rum_error_ingestion_history_page",
    "RumErrorIngestionRule": "defs.rum_error_ingestion_rule",
    "RumErrorIngestionRuleCreated": "defs.rum_error_ingestion_rule_created",
    "RumErrorIngestionRuleList": "defs.rum_error_ingestion_rule_list",
    "RumErrorIngestionRuleSnapshotItem": "defs.rum_error_ingestion_rule_snapshot_item",
    "RumEventScope": "defs.rum_event_scope",
    "RumFacetCount": "defs.rum_facet_count",
    "RumFacetCountList": "defs.rum_facet_count_list",
    "RumField": "defs.rum_field",
    "RumFieldList": "defs.rum_field_list",
    "RumIssue": "defs.rum_issue",
    "RumIssueError": "defs.rum_issue_error",
    "RumIssuePage": "defs.rum_issue_page",
    "RumIssueRegression": "defs.rum_issue_regression",
    "RumIssueSighting": "defs.rum_issue_sighting",
    "RumMinifiedFrame": "defs.rum_minified_frame",
    "RumOriginalFrame": "defs.rum_original_frame",
    "RumPresetSeverityRule": "defs.rum_preset_severity_rule",
    "RumPresetSeverityRuleCreated": "defs.rum_preset_severity_rule_created",
    "RumPresetSeverityRuleFilterCondition": "defs.rum_preset_severity_rule_filter_condition",
    "RumPresetSeverityRuleHistoryEntry": "defs.rum_preset_severity_rule_history_entry",
    "RumPresetSeverityRuleHistoryPage": "defs.rum_preset_severity_rule_history_page",
    "RumPresetSeverityRuleHistorySnapshotRule": "defs.rum_preset_severity_rule_history_snapshot_rule",
    "RumPresetSeverityRuleList": "defs.rum_preset_severity_rule_list",
    "RumRemoteConfigHistoryPage": "defs.rum_remote_config_history_page",
    "RumRemoteConfigPreview": "defs.rum_remote_config_preview",
    "RumRemoteConfigRule": "defs.rum_remote_config_rule",
    "RumRemoteConfigSettings": "defs.rum_remote_config_settings",
    "RumRemoteConfigState": "defs.rum_remote_config_state",
    "RumRemoteConfigVersion": "defs.rum_remote_config_version",
    "RumRemoteConfigVersionRef": "defs.rum_remote_config_version_ref",
    "RumReplayDevice": "defs.rum_replay_device",
    "RumReplayForegroundPeriod": "defs.rum_replay_foreground_period",
    "RumReplayMeta": "defs.rum_replay_meta",
    "RumReplayRef": "defs.rum_replay_ref",
    "RumReplaySegment": "defs.rum_replay_segment",
    "RumReplaySegmentList": "defs.rum_replay_segment_list",
    "RumReplaySession": "defs.rum_replay_session",
    "RumReplayView": "defs.rum_replay_view",
    "RumResource": "defs.rum_resource",
    "RumSourcemap": "defs.rum_sourcemap",
    "RumSourcemapList": "defs.rum_sourcemap_list",
    "RumSqlField": "defs.rum_sql_field",
    "RumSqlQuery": "defs.rum_sql_query",
    "RumSqlQueryData": "defs.rum_sql_query_data",
    "RumSqlQueryResult": "defs.rum_sql_query_result",
    "RumSqlQueryResults": "defs.rum_sql_query_results",
    "RumSqlSampledAggregate": "defs.rum_sql_sampled_aggregate",
    "RumSqlSampling": "defs.rum_sql_sampling",
    "RumStackFrame": "defs.rum_stack_frame",
    "RumStackTrace": "defs.rum_stack_trace",
    "RumSuspectedCause": "defs.rum_suspected_cause",
    "RumWebhookTestResult": "defs.rum_webhook_test_result",
    "Schedule": "defs.schedule",
    "ScheduleCreated": "defs.schedule_created",
    "ScheduleDayMask": "defs.schedule_day_mask",
    "ScheduleFixedTimeNotify": "defs.schedule_fixed_time_notify",
    "ScheduleGroup": "defs.schedule_group",
    "ScheduleImNotify": "defs.schedule_im_notify",
    "ScheduleImNotifySettings": "defs.schedule_im_notify_settings",
    "ScheduleLayer": "defs.schedule_layer",
    "ScheduleLayerShifts": "defs.schedule_layer_shifts",
    "ScheduleList": "defs.schedule_list",
    "ScheduleMember": "defs.schedule_member",
    "ScheduleNotify": "defs.schedule_notify",
    "ScheduleNotifyBy": "defs.schedule_notify_by",
    "ScheduleOncallShift": "defs.schedule_oncall_shift",
    "SchedulePage": "defs.schedule_page",
    "ScheduleRestrictPeriod": "defs.schedule_restrict_period",
    "ScheduleShift": "defs.schedule_shift",
    "ServiceDeskPlusRequest": "defs.service_desk_plus_request",
    "ServiceDeskPlusRequestPage": "defs.service_desk_plus_request_page",
    "SeverityNotifyChannels": "defs.severity_notify_channels",
    "ShiftNotifyPreference": "defs.shift_notify_preference",
    "SignedFileUrls": "defs.signed_file_urls",
    "SilenceRule": "defs.silence_rule",
    "SilenceRuleList": "defs.silence_rule_list",
    "Skill": "defs.skill",
    "SkillList": "defs.skill_list",
    "StatusPage": "defs.status_page",
    "StatusPageAffectedComponent": "defs.status_page_affected_component",
    "StatusPageComponent": "defs.status_page_component",
    "StatusPageComponentChange": "defs.status_page_component_change",
    "StatusPageComponentIds": "defs.status_page_component_ids",
    "StatusPageCreated": "defs.status_page_created",
    "StatusPageDraft": "defs.status_page_draft",
    "StatusPageEvent": "defs.status_page_event",
    "StatusPageEventCreated": "defs.status_page_event_created",
    "StatusPageEventList": "defs.status_page_event_list",
    "StatusPageEventUpdate": "defs.status_page_event_update",
    "StatusPageEventUpdateCreated": "defs.status_page_event_update_created",
    "StatusPageEventUpdateInput": "defs.status_page_event_update_input",
    "StatusPageList": "defs.status_page_list",
    "StatusPageMigrationJob": "defs.status_page_migration_job",
    "StatusPageMigrationProgress": "defs.status_page_migration_progress",
    "StatusPageMigrationStarted": "defs.status_page_migration_started",
    "StatusPageSection": "defs.status_page_section",
    "StatusPageSectionIds": "defs.status_page_section_ids",
    "StatusPageSubscriber": "defs.status_page_subscriber",
    "StatusPageSubscriberInput": "defs.status_page_subscriber_input",
    "StatusPageSubscriberPage": "defs.status_page_subscriber_page",
    "StatusPageSubscription": "defs.status_page_subscription",
    "StatusPageTemplate": "defs.status_page_template",
    "StatusPageTemplateList": "defs.status_page_template_list",
    "StatusPageTemplateSaved": "defs.status_page_template_saved",
    "SubscribeRule": "defs.subscribe_rule",
    "SubscribeRuleList": "defs.subscribe_rule_list",
    "Team": "defs.team",
    "TeamBrief": "defs.team_brief",
    "TeamBriefList": "defs.team_brief_list",
    "TeamPage": "defs.team_page",
    "TeamUpsertResult": "defs.team_upsert_result",
    "WarRoom": "defs.war_room",
    "WarRoomList": "defs.war_room_list",
    "WarRoomObserver": "defs.war_room_observer",
    "WarRoomObserverList": "defs.war_room_observer_list",
    "WarRoomRecord": "defs.war_room_record",
    "WebhookAlert": "defs.webhook_alert",
    "WebhookAlertIncident": "defs.webhook_alert_incident",
    "WebhookHistory": "defs.webhook_history",
    "WebhookHistoryDetail": "defs.webhook_history_detail",
    "WebhookHistoryPage": "defs.webhook_history_page",
    "WebhookIncident": "defs.webhook_incident",
    "WebhookIncidentAlert": "defs.webhook_incident_alert",
    "WebhookIntegrationSettings": "defs.webhook_integration_settings",
    "WebhookPerson": "defs.webhook_person",
    "WebhookResponder": "defs.webhook_responder",
    "WebhookRobot": "defs.webhook_robot",
    "WebhookRobotList": "defs.webhook_robot_list",
    "WebhookRobotReference": "defs.webhook_robot_reference",
    "WebhookRobotSettings": "defs.webhook_robot_settings",
    "WorkItem": "defs.work_item",
    "WorkItemAssignee": "defs.work_item_assignee",
    "WorkItemPage": "defs.work_item_page",
    "WorkItemResult": "defs.work_item_result",
}

__all__ = sorted(_MODULES)


if not TYPE_CHECKING:  # checkers see the imports above: a misspelt name is an error

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:  # the models, loaded or not: for the REPL and IDEs
        return sorted({*globals(), *_MODULES})
