"""Models of the `monitors` area. Generated from spec/; do not edit."""

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
from .defs.dashboard_outline_variable import DashboardOutlineVariable as DashboardOutlineVariable
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
from .defs.dashboard_resolved_variable import DashboardResolvedVariable as DashboardResolvedVariable
from .defs.dashboard_revision import DashboardRevision as DashboardRevision
from .defs.dashboard_revision_list import DashboardRevisionList as DashboardRevisionList
from .defs.dashboard_runtime_datasource import (
    DashboardRuntimeDatasource as DashboardRuntimeDatasource,
)
from .defs.dashboard_runtime_error import DashboardRuntimeError as DashboardRuntimeError
from .defs.dashboard_section import DashboardSection as DashboardSection
from .defs.dashboard_selection import DashboardSelection as DashboardSelection
from .defs.dashboard_selection_config import DashboardSelectionConfig as DashboardSelectionConfig
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
from .defs.monitor_any_data_check import MonitorAnyDataCheck as MonitorAnyDataCheck
from .defs.monitor_any_data_check_v2 import MonitorAnyDataCheckV2 as MonitorAnyDataCheckV2
from .defs.monitor_any_data_recovery import MonitorAnyDataRecovery as MonitorAnyDataRecovery
from .defs.monitor_click_house_config import MonitorClickHouseConfig as MonitorClickHouseConfig
from .defs.monitor_data_source import MonitorDataSource as MonitorDataSource
from .defs.monitor_data_source_payload import MonitorDataSourcePayload as MonitorDataSourcePayload
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
from .defs.monitor_diagnose_time_range import MonitorDiagnoseTimeRange as MonitorDiagnoseTimeRange
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
from .defs.monitor_threshold_recovery import MonitorThresholdRecovery as MonitorThresholdRecovery
from .defs.monitor_tool_catalog import MonitorToolCatalog as MonitorToolCatalog
from .defs.monitor_tool_catalog_error import MonitorToolCatalogError as MonitorToolCatalogError
from .defs.monitor_tool_catalog_target import MonitorToolCatalogTarget as MonitorToolCatalogTarget
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

__all__ = [
    "Dashboard",
    "DashboardActor",
    "DashboardCandidate",
    "DashboardDataLink",
    "DashboardDatasourceRef",
    "DashboardDefinition",
    "DashboardDeletion",
    "DashboardDraftContext",
    "DashboardFieldSort",
    "DashboardGridPosition",
    "DashboardInvestigationTarget",
    "DashboardLabelFilter",
    "DashboardOutline",
    "DashboardOutlineFolder",
    "DashboardOutlineInfo",
    "DashboardOutlinePanel",
    "DashboardOutlineSection",
    "DashboardOutlineTab",
    "DashboardOutlineVariable",
    "DashboardPage",
    "DashboardPanel",
    "DashboardPanelQuery",
    "DashboardPanelRun",
    "DashboardPanelRunBudget",
    "DashboardPanelRunRef",
    "DashboardQueriesResolution",
    "DashboardQuery",
    "DashboardRelativeTimeRange",
    "DashboardResolvedPanelQueries",
    "DashboardResolvedQuery",
    "DashboardResolvedVariable",
    "DashboardRevision",
    "DashboardRevisionList",
    "DashboardRuntimeDatasource",
    "DashboardRuntimeError",
    "DashboardSection",
    "DashboardSelection",
    "DashboardSelectionConfig",
    "DashboardSort",
    "DashboardSummary",
    "DashboardTab",
    "DashboardThreshold",
    "DashboardTimeRange",
    "DashboardTrashItem",
    "DashboardTrashPage",
    "DashboardUpdate",
    "DashboardVariable",
    "DashboardVariableQuery",
    "DashboardVariablesResolution",
    "DashboardVizConfig",
    "MonitorAnyDataCheck",
    "MonitorAnyDataCheckV2",
    "MonitorAnyDataRecovery",
    "MonitorClickHouseConfig",
    "MonitorDataSource",
    "MonitorDataSourcePayload",
    "MonitorDataSourceToolResult",
    "MonitorDataSourceToolTruncation",
    "MonitorDataSourceType",
    "MonitorDiagnoseEvidenceWindow",
    "MonitorDiagnoseInput",
    "MonitorDiagnoseMethod",
    "MonitorDiagnoseOptions",
    "MonitorDiagnoseTimeRange",
    "MonitorDiagnosis",
    "MonitorElasticsearchConfig",
    "MonitorEnabledTime",
    "MonitorExploreData",
    "MonitorExploreExecution",
    "MonitorExploreLogEntry",
    "MonitorExploreResult",
    "MonitorExploreRun",
    "MonitorFolder",
    "MonitorHttpSourceConfig",
    "MonitorInvestigationTarget",
    "MonitorInvestigationTimeRange",
    "MonitorMySQLConfig",
    "MonitorNoDataCheck",
    "MonitorNoDataCheckV2",
    "MonitorOracleConfig",
    "MonitorPostgresConfig",
    "MonitorQueryData",
    "MonitorQueryField",
    "MonitorQueryFrame",
    "MonitorQueryInvestigationTarget",
    "MonitorQueryResult",
    "MonitorQuerySample",
    "MonitorRecoveryQueryV2",
    "MonitorRule",
    "MonitorRuleAudit",
    "MonitorRuleBasic",
    "MonitorRuleConfigs",
    "MonitorRuleConfigsV2",
    "MonitorRuleCountSample",
    "MonitorRuleExport",
    "MonitorRuleFolderStatus",
    "MonitorRuleImportItem",
    "MonitorRuleQuery",
    "MonitorRuleRelateQuery",
    "MonitorRuleResult",
    "MonitorRuleSet",
    "MonitorRuleSettings",
    "MonitorRuleV2",
    "MonitorRuleV2Settings",
    "MonitorSLSConfig",
    "MonitorSlsProject",
    "MonitorSlsProjectPage",
    "MonitorSlsProjects",
    "MonitorStringMapPatch",
    "MonitorTargetPage",
    "MonitorTargetPageItem",
    "MonitorTencentCLSConfig",
    "MonitorThresholdCheck",
    "MonitorThresholdCheckV2",
    "MonitorThresholdRecovery",
    "MonitorToolCatalog",
    "MonitorToolCatalogError",
    "MonitorToolCatalogTarget",
    "MonitorToolCatalogTool",
    "MonitorToolInvocation",
    "MonitorToolInvocationError",
    "MonitorToolInvocationResult",
    "MonitorToolInvocationResultError",
    "MonitorToolInvocationResultTruncated",
    "MonitorToolInvocationTarget",
    "MonitorToolInvokeTool",
]
