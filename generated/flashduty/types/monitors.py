"""Models of the `monitors` area. Generated from spec/; do not edit."""

from .defs.monitor_any_data_check import MonitorAnyDataCheck as MonitorAnyDataCheck
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
from .defs.monitor_http_source_config import MonitorHttpSourceConfig as MonitorHttpSourceConfig
from .defs.monitor_my_sql_config import MonitorMySQLConfig as MonitorMySQLConfig
from .defs.monitor_no_data_check import MonitorNoDataCheck as MonitorNoDataCheck
from .defs.monitor_oracle_config import MonitorOracleConfig as MonitorOracleConfig
from .defs.monitor_postgres_config import MonitorPostgresConfig as MonitorPostgresConfig
from .defs.monitor_query_data import MonitorQueryData as MonitorQueryData
from .defs.monitor_query_field import MonitorQueryField as MonitorQueryField
from .defs.monitor_query_frame import MonitorQueryFrame as MonitorQueryFrame
from .defs.monitor_query_result import MonitorQueryResult as MonitorQueryResult
from .defs.monitor_query_sample import MonitorQuerySample as MonitorQuerySample
from .defs.monitor_rule import MonitorRule as MonitorRule
from .defs.monitor_rule_audit import MonitorRuleAudit as MonitorRuleAudit
from .defs.monitor_rule_basic import MonitorRuleBasic as MonitorRuleBasic
from .defs.monitor_rule_configs import MonitorRuleConfigs as MonitorRuleConfigs
from .defs.monitor_rule_count_sample import MonitorRuleCountSample as MonitorRuleCountSample
from .defs.monitor_rule_export import MonitorRuleExport as MonitorRuleExport
from .defs.monitor_rule_folder_status import MonitorRuleFolderStatus as MonitorRuleFolderStatus
from .defs.monitor_rule_import_item import MonitorRuleImportItem as MonitorRuleImportItem
from .defs.monitor_rule_query import MonitorRuleQuery as MonitorRuleQuery
from .defs.monitor_rule_relate_query import MonitorRuleRelateQuery as MonitorRuleRelateQuery
from .defs.monitor_rule_result import MonitorRuleResult as MonitorRuleResult
from .defs.monitor_rule_set import MonitorRuleSet as MonitorRuleSet
from .defs.monitor_rule_settings import MonitorRuleSettings as MonitorRuleSettings
from .defs.monitor_sls_config import MonitorSLSConfig as MonitorSLSConfig
from .defs.monitor_sls_project import MonitorSlsProject as MonitorSlsProject
from .defs.monitor_sls_project_page import MonitorSlsProjectPage as MonitorSlsProjectPage
from .defs.monitor_sls_projects import MonitorSlsProjects as MonitorSlsProjects
from .defs.monitor_string_map_patch import MonitorStringMapPatch as MonitorStringMapPatch
from .defs.monitor_target_page import MonitorTargetPage as MonitorTargetPage
from .defs.monitor_target_page_item import MonitorTargetPageItem as MonitorTargetPageItem
from .defs.monitor_tencent_cls_config import MonitorTencentCLSConfig as MonitorTencentCLSConfig
from .defs.monitor_threshold_check import MonitorThresholdCheck as MonitorThresholdCheck
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
    "MonitorAnyDataCheck",
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
    "MonitorHttpSourceConfig",
    "MonitorMySQLConfig",
    "MonitorNoDataCheck",
    "MonitorOracleConfig",
    "MonitorPostgresConfig",
    "MonitorQueryData",
    "MonitorQueryField",
    "MonitorQueryFrame",
    "MonitorQueryResult",
    "MonitorQuerySample",
    "MonitorRule",
    "MonitorRuleAudit",
    "MonitorRuleBasic",
    "MonitorRuleConfigs",
    "MonitorRuleCountSample",
    "MonitorRuleExport",
    "MonitorRuleFolderStatus",
    "MonitorRuleImportItem",
    "MonitorRuleQuery",
    "MonitorRuleRelateQuery",
    "MonitorRuleResult",
    "MonitorRuleSet",
    "MonitorRuleSettings",
    "MonitorSLSConfig",
    "MonitorSlsProject",
    "MonitorSlsProjectPage",
    "MonitorSlsProjects",
    "MonitorStringMapPatch",
    "MonitorTargetPage",
    "MonitorTargetPageItem",
    "MonitorTencentCLSConfig",
    "MonitorThresholdCheck",
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
