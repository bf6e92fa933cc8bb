"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from .._models import FlashdutyModel
from pydantic import RootModel


class MonitorAnyDataCheck(FlashdutyModel):
    """
    Fires whenever the query returns rows, e.g. for log keyword alerts.
    """

    enabled: bool
    """
    Whether this check runs.
    """
    alerting_check_times: int | None = None
    """
    Consecutive evaluations with data needed before alerting.
    """
    recovery_check_times: int | None = None
    """
    Consecutive recovered evaluations needed before recovering.
    """
    push_recovery_event: bool | None = None
    """
    Whether to send a recovery event.
    """
    severity: Literal["Critical", "Warning", "Info"] | str
    """
    Severity of the alerts raised.
    """
    recovery: MonitorAnyDataRecovery | None = None


class MonitorAnyDataRecovery(FlashdutyModel):
    """
    When an any-data alert counts as recovered.
    """

    mode: Literal["", "nodata", "ql"] | str | None = None
    """
    `nodata` (also empty or omitted) recovers once the query returns nothing; `ql` recovers when `condition` matches, and then allows a single query named `A`.
    """
    condition: str | None = None
    """
    Recovery expression; required with `ql`.
    """
    args: dict[str, Any] | None = None
    """
    Source-specific extra parameters (e.g. for Elasticsearch).
    """


class MonitorClickHouseConfig(FlashdutyModel):
    """
    Settings of a ClickHouse data source, TLS included.
    """

    database: str | None = None
    """
    Database to authenticate against.
    """
    username: str | None = None
    """
    Database user.
    """
    password: str | None = None
    """
    Database password.
    """
    open_conns: int | None = None
    """
    Maximum open connections.
    """
    idle_conns: int | None = None
    """
    Maximum idle connections.
    """
    lifetime_seconds: int | None = None
    """
    Longest life of a connection in seconds.
    """
    timeout_mills: int | None = None
    """
    Query timeout in milliseconds.
    """
    max_execution_seconds: int | None = None
    """
    Longest a query may run, in seconds.
    """
    dial_timeout_mills: int | None = None
    """
    Connect timeout in milliseconds.
    """
    tls_enabled: bool | None = None
    """
    Whether to connect over TLS.
    """
    tls_ca: str | None = None
    """
    CA certificate (PEM).
    """
    tls_cert: str | None = None
    """
    Client certificate (PEM).
    """
    tls_key: str | None = None
    """
    Client key (PEM).
    """
    tls_key_pwd: str | None = None
    """
    Password of the client key.
    """
    tls_skip_verify: bool | None = None
    """
    Skip verifying the server certificate.
    """
    tls_server_name: str | None = None
    """
    Server name to verify the certificate against.
    """
    tls_min_version: str | None = None
    """
    Lowest TLS version allowed.
    """
    tls_max_version: str | None = None
    """
    Highest TLS version allowed.
    """


class MonitorDataSource(FlashdutyModel):
    """
    A data source that Monitors queries. Lists leave out credentials.
    """

    id: int
    """
    Data source ID.
    """
    account_id: int
    """
    Account that owns it.
    """
    type_ident: (
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
        ]
        | str
    )
    """
    Type of a data source.
    """
    name: str
    """
    Display name; rules can match it in `ds_list`.
    """
    enabled: bool
    """
    True when the data source is switched on.
    """
    note: str
    """
    Free-text note.
    """
    address: str
    """
    Where to connect: an HTTP URL for Prometheus, Loki and VictoriaLogs, `host:port` for the databases, the endpoint without scheme for SLS.
    """
    payload: MonitorDataSourcePayload | None = None
    edge_cluster_name: str
    """
    Monitors edge cluster that evaluates the rules using this source.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class MonitorDataSourceKind(
    RootModel[
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
        ]
        | str
    ]
):
    root: (
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
        ]
        | str
    )
    """
    Type of a data source.
    """


class MonitorDataSourcePayload(FlashdutyModel):
    """
    Type-specific settings; fill in only the block named like the source's `type_ident`.
    """

    prometheus: MonitorHttpSourceConfig | None = None
    loki: MonitorHttpSourceConfig | None = None
    victorialogs: MonitorHttpSourceConfig | None = None
    mysql: MonitorMySQLConfig | None = None
    oracle: MonitorOracleConfig | None = None
    postgres: MonitorPostgresConfig | None = None
    clickhouse: MonitorClickHouseConfig | None = None
    elasticsearch: MonitorElasticsearchConfig | None = None
    sls: MonitorSLSConfig | None = None


class MonitorDataSourceType(FlashdutyModel):
    """
    A kind of data source that rules can query.
    """

    id: int
    """
    Type ID.
    """
    name: str
    """
    Display name, e.g. `Prometheus`.
    """
    ident: str
    """
    Identifier to use as a rule's `ds_type`, e.g. `prometheus`.
    """
    account_id: int
    """
    Owning account; 0 for the built-in types everyone has.
    """
    weight: int
    """
    Sort weight; higher comes first.
    """


class MonitorElasticsearchConfig(FlashdutyModel):
    """
    Settings of an Elasticsearch data source, on Elastic Cloud or self-managed.
    """

    deployment: Literal["cloud", "self-managed"] | str | None = None
    """
    `cloud` for Elastic Cloud (no `address` needed), `self-managed` for your own cluster.
    """
    timeout_mills: int | None = None
    """
    Query timeout in milliseconds.
    """
    cloud_id: str | None = None
    """
    Deployment ID, for Elastic Cloud deployments only.
    """
    api_key: str | None = None
    """
    Elastic Cloud API key (cloud only).
    """
    username: str | None = None
    """
    User (self-managed).
    """
    password: str | None = None
    """
    Password (self-managed).
    """
    service_token: str | None = None
    """
    Service token; takes precedence over user and password.
    """
    tls_ca: str | None = None
    """
    CA certificate (PEM).
    """
    certificate_fingerprint: str | None = None
    """
    Expected fingerprint of the server certificate.
    """
    headers: list[str] | None = None
    """
    Extra HTTP headers, each `Key: Value`.
    """


class MonitorEnabledTime(FlashdutyModel):
    """
    A weekly period during which the rule is in effect.
    """

    days: list[int] | None
    """
    Weekdays, 0 for Sunday through 6 for Saturday.
    """
    stime: str
    """
    Start time of day, `HH:mm`.
    """
    etime: str
    """
    End time of day, `HH:mm`.
    """


class MonitorHttpSourceConfig(FlashdutyModel):
    """
    Settings of an HTTP data source (Prometheus, Loki, VictoriaLogs), TLS included.
    """

    basic_auth_enabled: bool | None = None
    """
    Whether to send HTTP basic authentication.
    """
    basic_auth_username: str | None = None
    """
    Basic-auth user.
    """
    basic_auth_password: str | None = None
    """
    Basic-auth password.
    """
    headers: list[str] | None = None
    """
    Extra HTTP headers, each `Key: Value`.
    """
    params: list[str] | None = None
    """
    Extra query parameters, each `key=value`.
    """
    tls_ca: str | None = None
    """
    CA certificate (PEM).
    """
    tls_cert: str | None = None
    """
    Client certificate (PEM).
    """
    tls_key: str | None = None
    """
    Client key (PEM).
    """
    tls_key_pwd: str | None = None
    """
    Password of the client key.
    """
    tls_skip_verify: bool | None = None
    """
    Skip verifying the server certificate.
    """
    tls_server_name: str | None = None
    """
    Server name to verify the certificate against.
    """
    tls_min_version: str | None = None
    """
    Lowest TLS version allowed.
    """
    tls_max_version: str | None = None
    """
    Highest TLS version allowed.
    """


class MonitorMySQLConfig(FlashdutyModel):
    """
    Settings of a MySQL data source, TLS included.
    """

    username: str | None = None
    """
    Database user.
    """
    password: str | None = None
    """
    Database password.
    """
    open_conns: int | None = None
    """
    Maximum open connections.
    """
    idle_conns: int | None = None
    """
    Maximum idle connections.
    """
    lifetime_seconds: int | None = None
    """
    Longest life of a connection in seconds.
    """
    timeout_mills: int | None = None
    """
    Query timeout in milliseconds.
    """
    tls_ca: str | None = None
    """
    CA certificate (PEM).
    """
    tls_cert: str | None = None
    """
    Client certificate (PEM).
    """
    tls_key: str | None = None
    """
    Client key (PEM).
    """
    tls_key_pwd: str | None = None
    """
    Password of the client key.
    """
    tls_skip_verify: bool | None = None
    """
    Skip verifying the server certificate.
    """
    tls_server_name: str | None = None
    """
    Server name to verify the certificate against.
    """
    tls_min_version: str | None = None
    """
    Lowest TLS version allowed.
    """
    tls_max_version: str | None = None
    """
    Highest TLS version allowed.
    """


class MonitorNoDataCheck(FlashdutyModel):
    """
    Fires when the query keeps returning nothing, e.g. to notice a dead source.
    """

    enabled: bool
    """
    Whether this check runs.
    """
    alerting_check_times: int | None = None
    """
    Consecutive empty evaluations needed before alerting.
    """
    recovery_check_times: int | None = None
    """
    Consecutive evaluations with data needed before recovering.
    """
    push_recovery_event: bool | None = None
    """
    Whether to send a recovery event.
    """
    severity: Literal["Critical", "Warning", "Info"] | str
    """
    Severity of the alerts raised.
    """
    resolve_timeout: int | None = None
    """
    Seconds after which a no-data alert resolves by itself.
    """


class MonitorOracleConfig(FlashdutyModel):
    """
    Settings of an Oracle data source.
    """

    username: str | None = None
    """
    Database user.
    """
    password: str | None = None
    """
    Database password.
    """
    options: dict[str, Any] | None = None
    """
    Extra connection options.
    """
    open_conns: int | None = None
    """
    Maximum open connections.
    """
    idle_conns: int | None = None
    """
    Maximum idle connections.
    """
    lifetime_seconds: int | None = None
    """
    Longest life of a connection in seconds.
    """
    timeout_mills: int | None = None
    """
    Query timeout in milliseconds.
    """


class MonitorPostgresConfig(FlashdutyModel):
    """
    Settings of a PostgreSQL data source.
    """

    username: str | None = None
    """
    Database user.
    """
    password: str | None = None
    """
    Database password.
    """
    open_conns: int | None = None
    """
    Maximum open connections.
    """
    idle_conns: int | None = None
    """
    Maximum idle connections.
    """
    lifetime_seconds: int | None = None
    """
    Longest life of a connection in seconds.
    """
    timeout_mills: int | None = None
    """
    Query timeout in milliseconds.
    """
    tls_ca: str | None = None
    """
    CA certificate (PEM).
    """
    tls_cert: str | None = None
    """
    Client certificate (PEM).
    """
    tls_key: str | None = None
    """
    Client key (PEM).
    """


class MonitorRuleAudit(FlashdutyModel):
    """
    One recorded change of a rule (a create or an update).
    """

    id: int
    """
    Audit record ID.
    """
    account_id: int
    """
    Account that owns the rule.
    """
    alert_rule_id: int
    """
    Rule the record belongs to.
    """
    action: str
    """
    What happened, e.g. `create` or `update`.
    """
    content: str | None = None
    """
    The whole rule after the change, as a JSON string; parse it yourself. Only `monitors.rules.audits.info` fills it in.
    """
    creator_id: int
    """
    Member who made the change.
    """
    creator_name: str
    """
    Name of that member.
    """
    created_at: int
    """
    When the change was made, Unix seconds.
    """


class MonitorRuleBasic(FlashdutyModel):
    """
    An alert rule as lists show it, without its query configuration, plus whether it is firing.
    """

    id: int
    """
    Rule ID.
    """
    account_id: int
    """
    Account that owns the rule.
    """
    folder_id: int
    """
    Folder the rule lives in.
    """
    name: str
    """
    Rule name.
    """
    labels: dict[str, Any] | None = None
    """
    Labels the rule adds to its alert events.
    """
    ds_type: str
    """
    Data source type, e.g. `prometheus`.
    """
    enabled: bool
    """
    Whether the rule is evaluated.
    """
    debug_log_enabled: bool
    """
    Whether debug logging is on.
    """
    cron_pattern: str
    """
    Evaluation schedule (5-field cron).
    """
    delay_seconds: int
    """
    Query delay in seconds.
    """
    creator_id: int
    """
    Member who created the rule.
    """
    creator_name: str
    """
    Name of that member.
    """
    updater_id: int
    """
    Member who changed the rule last.
    """
    updater_name: str
    """
    Name of that member.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    triggered: bool
    """
    Whether the rule has alerts firing right now.
    """


class MonitorRuleConfigs(FlashdutyModel):
    """
    How a rule evaluates: its queries and up to three checks (threshold, any data, no data).
    """

    queries: list[MonitorRuleQuery] | None
    """
    Main queries; at least one.
    """
    relate_queries: list[MonitorRuleRelateQuery] | None = None
    """
    Supporting queries that never fire on their own; their results travel with alert events as context.
    """
    check_threshold: MonitorThresholdCheck | None = None
    check_anydata: MonitorAnyDataCheck | None = None
    check_nodata: MonitorNoDataCheck | None = None


class MonitorRuleCountSample(FlashdutyModel):
    """
    The account's number of rules at one moment.
    """

    id: int
    """
    Sample ID.
    """
    account_id: int
    """
    Account ID.
    """
    num: int
    """
    Number of rules at that moment.
    """
    clock: int
    """
    When the sample was taken, Unix seconds.
    """


class MonitorRuleFolderStatus(FlashdutyModel):
    """
    Rule totals of one folder and everything below it.
    """

    folder_id: int
    """
    Folder ID.
    """
    folder_name: str | None = None
    """
    Folder name.
    """
    rule_total: int
    """
    Count of rules in this folder, subfolders included.
    """
    triggered_rule_count: int
    """
    Those of them with alerts firing.
    """


class MonitorRuleQuery(FlashdutyModel):
    """
    One main query of a rule.
    """

    name: str
    """
    Short alias that checks refer to, e.g. `A`; `R` is reserved.
    """
    expr: str
    """
    Query text in the data source's language (PromQL, SQL, ...).
    """
    label_fields: list[str] | None = None
    """
    For log and database sources: result columns that become labels.
    """
    value_fields: list[str] | None = None
    """
    For log and database sources: result columns whose values are checked.
    """
    args: dict[str, Any] | None = None
    """
    Source-specific extra parameters.
    """


class MonitorRuleRelateQuery(FlashdutyModel):
    """
    An auxiliary query that adds context to alert events.
    """

    name: str
    """
    Alias; must differ from every main query's name.
    """
    expr: str
    """
    Query text; must not be empty.
    """
    args: dict[str, Any] | None = None
    """
    Source-specific extra parameters.
    """


class MonitorRuleResult(FlashdutyModel):
    """
    Outcome for one rule of a batch operation.
    """

    name: str
    """
    The rule's name; `id: <id>` instead when the rule could not be looked up.
    """
    message: str
    """
    Why the rule failed, or empty if it succeeded. The move operation can also return a localised success note here.
    """


class MonitorRuleSet(FlashdutyModel):
    """
    A set of rule templates in the rule repository, shared privately, account-wide or publicly.
    """

    id: int
    """
    Rule set ID.
    """
    type_ident: str
    """
    Data source type the rules are written for, e.g. `prometheus`.
    """
    note: str
    """
    Title or description of the set.
    """
    open_flag: Literal[0, 1, 2]
    """
    Who sees a rule set - `0` only its creator, `1` the creator's account, `2` everyone.
    """
    payload: str | None = None
    """
    The rule definitions as a JSON string; lists leave it out.
    """
    creator_account_id: int
    """
    Account of the creator.
    """
    creator_id: int
    """
    Member who created the set.
    """
    creator_name: str
    """
    Name of that member.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """


class MonitorRuleSetSharing(RootModel[Literal[0, 1, 2]]):
    root: Literal[0, 1, 2]
    """
    Who sees a rule set - `0` only its creator, `1` the creator's account, `2` everyone.
    """


class MonitorRuleSettings(FlashdutyModel):
    """
    The editable, portable part of an alert rule: what to query, how to judge the results and how to notify. Create, update, export and import all share it.
    """

    name: str | None = None
    """
    Rule name, unique within the account.
    """
    labels: dict[str, Any] | None = None
    """
    Labels added to every alert event the rule produces.
    """
    ds_type: str | None = None
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    ds_list: list[str] | None = None
    """
    Which data sources the rule queries, by name (wildcards allowed); the union with `ds_ids` is used.
    """
    ds_ids: list[int] | None = None
    """
    Which data sources the rule queries, by ID; the union with `ds_list` is used. IDs keep working after a data source is renamed, names do not.
    """
    enabled: bool | None = None
    """
    Whether the rule is evaluated.
    """
    debug_log_enabled: bool | None = None
    """
    Whether the engine writes detailed debug logs for this rule.
    """
    rule_configs: MonitorRuleConfigs | None = None
    cron_pattern: str | None = None
    """
    Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`.
    """
    delay_seconds: int | None = None
    """
    Seconds to shift the query window back, to wait for late data.
    """
    enabled_times: list[MonitorEnabledTime] | None = None
    """
    Windows in which the rule is active (any of them); empty means always.
    """
    annotations: dict[str, Any] | None = None
    """
    Free-form key-value pairs copied onto every alert event; grouping ignores them.
    """
    description_type: Literal["text", "markdown"] | str | None = None
    """
    Whether `description` is `text` or `markdown`; required once `description` is non-empty.
    """
    description: str | None = None
    """
    Free-text description sent with the alerts.
    """
    repeat_interval: int | None = None
    """
    Seconds between repeated notifications for an alert still firing.
    """
    repeat_total: int | None = None
    """
    Maximum number of repeated notifications.
    """


class MonitorRule(MonitorRuleSettings):
    """
    An alert rule with its server-assigned fields.
    """

    id: int
    """
    Rule ID.
    """
    account_id: int
    """
    Account that owns the rule.
    """
    folder_id: int
    """
    Folder the rule lives in.
    """
    channel_ids: list[int] | None = None
    """
    Channels that receive the rule's alerts; empty lets the integration's routing decide.
    """
    creator_id: int
    """
    Member who created the rule.
    """
    creator_name: str
    """
    Name of that member.
    """
    updater_id: int
    """
    Member who changed the rule last.
    """
    updater_name: str
    """
    Name of that member.
    """
    created_at: int
    """
    Creation time, Unix seconds.
    """
    updated_at: int
    """
    Last change, Unix seconds.
    """
    name: str
    """
    Rule name, unique within the account.
    """
    ds_type: str
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    enabled: bool
    """
    Whether the rule is evaluated.
    """
    debug_log_enabled: bool
    """
    Whether the engine writes detailed debug logs for this rule.
    """
    cron_pattern: str
    """
    Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`.
    """
    delay_seconds: int
    """
    Seconds to shift the query window back, to wait for late data.
    """


class MonitorRuleExport(MonitorRuleSettings):
    """
    A rule as exported: its settings without IDs, folder, channels or audit fields, ready to be imported elsewhere.
    """

    name: str
    """
    Rule name, unique within the account.
    """
    ds_type: str
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    enabled: bool
    """
    Whether the rule is evaluated.
    """
    debug_log_enabled: bool
    """
    Whether the engine writes detailed debug logs for this rule.
    """
    cron_pattern: str
    """
    Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`.
    """


class MonitorRuleImportItem(MonitorRuleSettings):
    """
    One rule to import: exported settings plus the target folder and, optionally, channels.
    """

    folder_id: int
    """
    Folder to create the rule in.
    """
    channel_ids: list[int] | None = None
    """
    Channels that receive the rule's alerts.
    """
    name: str
    """
    Rule name, unique within the account.
    """
    ds_type: str
    """
    Data source type the rule queries, e.g. `prometheus` (see `monitors.rules.data_source_types`).
    """
    cron_pattern: str
    """
    Evaluation schedule as a 5-field cron expression, e.g. `* * * * *`.
    """


class MonitorSLSConfig(FlashdutyModel):
    """
    Settings of an Alibaba Cloud Simple Log Service (SLS) data source.
    """

    access_key_id: str | None = None
    """
    Alibaba Cloud AccessKey ID.
    """
    access_key_secret: str | None = None
    """
    Alibaba Cloud AccessKey secret.
    """
    headers: list[str] | None = None
    """
    Extra HTTP headers.
    """


class MonitorThresholdCheck(FlashdutyModel):
    """
    Fires when query results cross a threshold expression.
    """

    enabled: bool
    """
    Whether this check runs.
    """
    alerting_check_times: int | None = None
    """
    Consecutive hits needed before alerting.
    """
    recovery_check_times: int | None = None
    """
    Consecutive recovered evaluations needed before recovering.
    """
    push_recovery_event: bool | None = None
    """
    Whether to send a recovery event.
    """
    critical: str | None = None
    """
    Expression that raises a Critical alert when true.
    """
    warning: str | None = None
    """
    Expression that raises a Warning alert when true.
    """
    info: str | None = None
    """
    Expression that raises an Info alert when true.
    """
    recovery: MonitorThresholdRecovery | None


class MonitorThresholdRecovery(FlashdutyModel):
    """
    When a threshold alert counts as recovered.
    """

    mode: Literal["invert", "threshold", "ql"] | str
    """
    `invert` recovers when the alert condition no longer holds, `threshold` when `condition` (a threshold) holds, `ql` when the `condition` query matches.
    """
    condition: str | None = None
    """
    Recovery condition for the `threshold` and `ql` modes; empty for `invert`.
    """
    value_fields: list[str] | None = None
    """
    Value columns the recovery check reads.
    """
    args: dict[str, Any] | None = None
    """
    Source-specific extra parameters.
    """
