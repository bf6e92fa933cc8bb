"""Models of the `rum` area. Generated from spec/; do not edit."""

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

__all__ = [
    "RumApplication",
    "RumApplicationAlerting",
    "RumApplicationCreated",
    "RumApplicationLink",
    "RumApplicationLinks",
    "RumApplicationList",
    "RumApplicationPage",
    "RumApplicationTracing",
    "RumBinaryImage",
    "RumCodeSnippet",
    "RumErrorIngestionFilterCondition",
    "RumErrorIngestionHistoryEntry",
    "RumErrorIngestionHistoryPage",
    "RumErrorIngestionRule",
    "RumErrorIngestionRuleCreated",
    "RumErrorIngestionRuleList",
    "RumErrorIngestionRuleSnapshotItem",
    "RumEventScope",
    "RumFacetCount",
    "RumFacetCountList",
    "RumField",
    "RumFieldList",
    "RumIssue",
    "RumIssueError",
    "RumIssuePage",
    "RumIssueRegression",
    "RumIssueSighting",
    "RumMinifiedFrame",
    "RumOriginalFrame",
    "RumPresetSeverityRule",
    "RumPresetSeverityRuleCreated",
    "RumPresetSeverityRuleFilterCondition",
    "RumPresetSeverityRuleHistoryEntry",
    "RumPresetSeverityRuleHistoryPage",
    "RumPresetSeverityRuleHistorySnapshotRule",
    "RumPresetSeverityRuleList",
    "RumRemoteConfigHistoryPage",
    "RumRemoteConfigPreview",
    "RumRemoteConfigRule",
    "RumRemoteConfigSettings",
    "RumRemoteConfigState",
    "RumRemoteConfigVersion",
    "RumRemoteConfigVersionRef",
    "RumReplayDevice",
    "RumReplayForegroundPeriod",
    "RumReplayMeta",
    "RumReplayRef",
    "RumReplaySegment",
    "RumReplaySegmentList",
    "RumReplaySession",
    "RumReplayView",
    "RumResource",
    "RumSourcemap",
    "RumSourcemapList",
    "RumSqlField",
    "RumSqlQuery",
    "RumSqlQueryData",
    "RumSqlQueryResult",
    "RumSqlQueryResults",
    "RumSqlSampledAggregate",
    "RumSqlSampling",
    "RumStackFrame",
    "RumStackTrace",
    "RumSuspectedCause",
    "RumWebhookTestResult",
]
