"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel

from . import (
    monitor_click_house_config,
    monitor_elasticsearch_config,
    monitor_http_source_config,
    monitor_my_sql_config,
    monitor_oracle_config,
    monitor_postgres_config,
    monitor_sls_config,
    monitor_tencent_cls_config,
)


class MonitorDataSourcePayload(FlashdutyModel):
    """Type-specific settings; fill in only the block named like the source's `type_ident`."""

    prometheus: monitor_http_source_config.MonitorHttpSourceConfig | None = None
    """Settings when the source is Prometheus."""
    loki: monitor_http_source_config.MonitorHttpSourceConfig | None = None
    """Settings when the source is Loki."""
    victorialogs: monitor_http_source_config.MonitorHttpSourceConfig | None = None
    """Settings when the source is VictoriaLogs."""
    mysql: monitor_my_sql_config.MonitorMySQLConfig | None = None
    oracle: monitor_oracle_config.MonitorOracleConfig | None = None
    postgres: monitor_postgres_config.MonitorPostgresConfig | None = None
    clickhouse: monitor_click_house_config.MonitorClickHouseConfig | None = None
    elasticsearch: monitor_elasticsearch_config.MonitorElasticsearchConfig | None = None
    sls: monitor_sls_config.MonitorSLSConfig | None = None
    tencent_cls: monitor_tencent_cls_config.MonitorTencentCLSConfig | None = None
    kafka: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Connection settings of a Kafka source (diagnostics only)."""
    mongodb_mongod: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Connection settings of a MongoDB mongod (diagnostics only)."""
    mongodb_mongos: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Connection settings of a MongoDB mongos (diagnostics only)."""
    redis_node: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Connection settings of a Redis node (diagnostics only)."""
    redis_sentinel: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Connection settings of a Redis Sentinel (diagnostics only)."""
