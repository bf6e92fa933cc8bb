"""Models of the `monitors` area. Generated from spec/; do not edit."""

from .defs.monitor_any_data_check import MonitorAnyDataCheck as MonitorAnyDataCheck
from .defs.monitor_any_data_recovery import MonitorAnyDataRecovery as MonitorAnyDataRecovery
from .defs.monitor_click_house_config import MonitorClickHouseConfig as MonitorClickHouseConfig
from .defs.monitor_data_source import MonitorDataSource as MonitorDataSource
from .defs.monitor_data_source_payload import MonitorDataSourcePayload as MonitorDataSourcePayload
from .defs.monitor_data_source_type import MonitorDataSourceType as MonitorDataSourceType
from .defs.monitor_elasticsearch_config import (
    MonitorElasticsearchConfig as MonitorElasticsearchConfig,
)
from .defs.monitor_enabled_time import MonitorEnabledTime as MonitorEnabledTime
from .defs.monitor_http_source_config import MonitorHttpSourceConfig as MonitorHttpSourceConfig
from .defs.monitor_my_sql_config import MonitorMySQLConfig as MonitorMySQLConfig
from .defs.monitor_no_data_check import MonitorNoDataCheck as MonitorNoDataCheck
from .defs.monitor_oracle_config import MonitorOracleConfig as MonitorOracleConfig
from .defs.monitor_postgres_config import MonitorPostgresConfig as MonitorPostgresConfig
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
from .defs.monitor_threshold_check import MonitorThresholdCheck as MonitorThresholdCheck
from .defs.monitor_threshold_recovery import MonitorThresholdRecovery as MonitorThresholdRecovery

__all__ = [
    "MonitorAnyDataCheck",
    "MonitorAnyDataRecovery",
    "MonitorClickHouseConfig",
    "MonitorDataSource",
    "MonitorDataSourcePayload",
    "MonitorDataSourceType",
    "MonitorElasticsearchConfig",
    "MonitorEnabledTime",
    "MonitorHttpSourceConfig",
    "MonitorMySQLConfig",
    "MonitorNoDataCheck",
    "MonitorOracleConfig",
    "MonitorPostgresConfig",
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
    "MonitorThresholdCheck",
    "MonitorThresholdRecovery",
]
