"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import monitor_data_source_payload


class MonitorDataSource(FlashdutyModel):
    """A data source that Monitors queries. Lists leave out credentials."""

    id: int = 0
    """Data source ID."""
    account_id: int = 0
    """Account that owns it."""
    type_ident: Annotated[
        Literal[
            "prometheus",
            "loki",
            "mysql",
            "oracle",
            "postgres",
            "clickhouse",
            "elasticsearch",
            "sls",
            "victorialogs",
            "tencent_cls",
            "redis_node",
            "redis_sentinel",
            "mongodb_mongod",
            "mongodb_mongos",
            "kafka",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """
    Type of a data source. The Redis, MongoDB and Kafka kinds are for diagnostics only and cannot evaluate alert rules.
    """
    name: str = ""
    """Display name; rules can match it in `ds_list`."""
    enabled: bool = False
    """True when the data source is switched on."""
    note: str = ""
    """Free-text note."""
    address: str = ""
    """
    Where to connect: an HTTP URL for Prometheus, Loki and VictoriaLogs, `host:port` for the databases, the endpoint without scheme for SLS.
    """
    payload: monitor_data_source_payload.MonitorDataSourcePayload | None = None
    edge_cluster_name: str = ""
    """Monitors edge cluster that evaluates the rules using this source."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    alerting_enabled: bool = False
    """
    Whether alert rules may evaluate against it (also needs `enabled`); always false for the diagnostic-only kinds.
    """
