"""The `monitors` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.monitor_data_source import MonitorDataSource
    from ..types.defs.monitor_data_source_payload import MonitorDataSourcePayload
    from ..types.defs.monitor_data_source_type import MonitorDataSourceType
    from ..types.defs.monitor_enabled_time import MonitorEnabledTime
    from ..types.defs.monitor_rule import MonitorRule
    from ..types.defs.monitor_rule_audit import MonitorRuleAudit
    from ..types.defs.monitor_rule_basic import MonitorRuleBasic
    from ..types.defs.monitor_rule_configs import MonitorRuleConfigs
    from ..types.defs.monitor_rule_count_sample import MonitorRuleCountSample
    from ..types.defs.monitor_rule_export import MonitorRuleExport
    from ..types.defs.monitor_rule_folder_status import MonitorRuleFolderStatus
    from ..types.defs.monitor_rule_import_item import MonitorRuleImportItem
    from ..types.defs.monitor_rule_result import MonitorRuleResult
    from ..types.defs.monitor_rule_set import MonitorRuleSet

_TYPES = TypeNames(
    __name__,
    {
        "MonitorDataSource": "defs.monitor_data_source",
        "MonitorDataSourcePayload": "defs.monitor_data_source_payload",
        "MonitorDataSourceType": "defs.monitor_data_source_type",
        "MonitorEnabledTime": "defs.monitor_enabled_time",
        "MonitorRule": "defs.monitor_rule",
        "MonitorRuleAudit": "defs.monitor_rule_audit",
        "MonitorRuleBasic": "defs.monitor_rule_basic",
        "MonitorRuleConfigs": "defs.monitor_rule_configs",
        "MonitorRuleCountSample": "defs.monitor_rule_count_sample",
        "MonitorRuleExport": "defs.monitor_rule_export",
        "MonitorRuleFolderStatus": "defs.monitor_rule_folder_status",
        "MonitorRuleImportItem": "defs.monitor_rule_import_item",
        "MonitorRuleResult": "defs.monitor_rule_result",
        "MonitorRuleSet": "defs.monitor_rule_set",
    },
)

__all__ = [
    "Monitors",
    "AsyncMonitors",
    "MonitorsRules",
    "AsyncMonitorsRules",
    "MonitorsRulesAudits",
    "AsyncMonitorsRulesAudits",
    "MonitorsRulesCounters",
    "AsyncMonitorsRulesCounters",
    "MonitorsDataSources",
    "AsyncMonitorsDataSources",
    "MonitorsRuleSets",
    "AsyncMonitorsRuleSets",
]

_RULES_CREATE: Endpoint[MonitorRule] = Endpoint(
    "POST",
    "/monit/rule/create",
    kind="model",
    data="MonitorRule",
    types=_TYPES,
    models={
        "rule_configs": ("MonitorRuleConfigs", ""),
        "enabled_times": ("MonitorEnabledTime", "l"),
    },
)
_RULES_UPDATE: Endpoint[MonitorRule] = Endpoint(
    "POST",
    "/monit/rule/update",
    kind="model",
    data="MonitorRule",
    types=_TYPES,
    models={
        "rule_configs": ("MonitorRuleConfigs", ""),
        "enabled_times": ("MonitorEnabledTime", "l"),
    },
)
_RULES_UPDATE_FIELDS: Endpoint[List[MonitorRuleResult]] = Endpoint(
    "POST",
    "/monit/rule/update/fields",
    kind="list",
    data="List[MonitorRuleResult]",
    types=_TYPES,
    models={"enabled_times": ("MonitorEnabledTime", "l")},
)
_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/monit/rule/delete",
    kind="none",
)
_RULES_BATCH_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/monit/rule/delete/batch",
    kind="none",
)
_RULES_INFO: Endpoint[MonitorRule] = Endpoint(
    "POST",
    "/monit/rule/info",
    kind="model",
    data="MonitorRule",
    types=_TYPES,
    idempotent=True,
)
_RULES_LIST: Endpoint[List[MonitorRuleBasic]] = Endpoint(
    "POST",
    "/monit/rule/list/basic",
    kind="list",
    data="List[MonitorRuleBasic]",
    types=_TYPES,
    idempotent=True,
)
_RULES_EXPORT: Endpoint[List[MonitorRuleExport]] = Endpoint(
    "POST",
    "/monit/rule/export",
    kind="list",
    data="List[MonitorRuleExport]",
    types=_TYPES,
    idempotent=True,
)
_RULES_MOVE: Endpoint[List[MonitorRuleResult]] = Endpoint(
    "POST",
    "/monit/rule/move",
    kind="list",
    data="List[MonitorRuleResult]",
    types=_TYPES,
)
_RULES_FOLDER_STATUS: Endpoint[List[MonitorRuleFolderStatus]] = Endpoint(
    "POST",
    "/monit/rule/status",
    kind="list",
    data="List[MonitorRuleFolderStatus]",
    types=_TYPES,
    idempotent=True,
)
_RULES_DATA_SOURCE_TYPES: Endpoint[List[MonitorDataSourceType]] = Endpoint(
    "POST",
    "/monit/rule/dstypes",
    kind="list",
    data="List[MonitorDataSourceType]",
    types=_TYPES,
    idempotent=True,
)
_RULES_IMPORT: Endpoint[List[MonitorRuleResult]] = Endpoint(
    "POST",
    "/monit/rule/import",
    kind="list",
    data="List[MonitorRuleResult]",
    types=_TYPES,
    models={"rules": ("MonitorRuleImportItem", "l")},
    root="rules",
)
_RULES_AUDITS_LIST: Endpoint[List[MonitorRuleAudit]] = Endpoint(
    "POST",
    "/monit/rule/audits",
    kind="list",
    data="List[MonitorRuleAudit]",
    types=_TYPES,
    idempotent=True,
)
_RULES_AUDITS_INFO: Endpoint[MonitorRuleAudit] = Endpoint(
    "POST",
    "/monit/rule/audit/detail",
    kind="model",
    data="MonitorRuleAudit",
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_TOTAL: Endpoint[List[MonitorRuleCountSample]] = Endpoint(
    "POST",
    "/monit/rule/counter/total",
    kind="list",
    data="List[MonitorRuleCountSample]",
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_BY_FOLDER: Endpoint[Dict[str, int]] = Endpoint(
    "POST",
    "/monit/rule/counter/node",
    kind="value",
    data="Dict[str, int]",
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_BY_CHANNEL: Endpoint[Dict[str, int]] = Endpoint(
    "POST",
    "/monit/rule/counter/channel",
    kind="value",
    data="Dict[str, int]",
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_STATUS: Endpoint[List[MonitorRuleFolderStatus]] = Endpoint(
    "POST",
    "/monit/rule/counter/status",
    kind="list",
    data="List[MonitorRuleFolderStatus]",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_CREATE: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/create",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    models={"payload": ("MonitorDataSourcePayload", "")},
)
_DATA_SOURCES_UPDATE: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/update",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    models={"payload": ("MonitorDataSourcePayload", "")},
)
_DATA_SOURCES_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/monit/datasource/delete",
    kind="none",
)
_DATA_SOURCES_INFO: Endpoint[MonitorDataSource] = Endpoint(
    "POST",
    "/monit/datasource/info",
    kind="model",
    data="MonitorDataSource",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_LIST: Endpoint[List[MonitorDataSource]] = Endpoint(
    "POST",
    "/monit/datasource/list",
    kind="list",
    data="List[MonitorDataSource]",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_SLS_PROJECTS: Endpoint[List[str]] = Endpoint(
    "POST",
    "/monit/datasource/sls/projects",
    kind="list",
    data="List[str]",
    types=_TYPES,
    idempotent=True,
)
_DATA_SOURCES_SLS_LOGSTORES: Endpoint[List[str]] = Endpoint(
    "POST",
    "/monit/datasource/sls/logstores",
    kind="list",
    data="List[str]",
    types=_TYPES,
    idempotent=True,
)
_RULE_SETS_CREATE: Endpoint[MonitorRuleSet] = Endpoint(
    "POST",
    "/monit/store/ruleset/create",
    kind="model",
    data="MonitorRuleSet",
    types=_TYPES,
)
_RULE_SETS_UPDATE: Endpoint[MonitorRuleSet] = Endpoint(
    "POST",
    "/monit/store/ruleset/update",
    kind="model",
    data="MonitorRuleSet",
    types=_TYPES,
)
_RULE_SETS_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/monit/store/ruleset/delete",
    kind="none",
)
_RULE_SETS_INFO: Endpoint[MonitorRuleSet] = Endpoint(
    "POST",
    "/monit/store/ruleset/info",
    kind="model",
    data="MonitorRuleSet",
    types=_TYPES,
    idempotent=True,
)
_RULE_SETS_LIST: Endpoint[List[MonitorRuleSet]] = Endpoint(
    "POST",
    "/monit/store/ruleset/list",
    kind="list",
    data="List[MonitorRuleSet]",
    types=_TYPES,
    idempotent=True,
)


class MonitorsRuleSets(SyncResource):
    """Operations under `client.monitors.rule_sets`."""

    def create(
        self,
        *,
        type_ident: str,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Create a rule set.

        Adds a set of rule templates to the rule repository. `payload` holds the rule
        definitions as a JSON string; `open_flag` decides who sees the set (private by
        default).

        Permission: Rule Repository Manage.
        HTTP: POST /monit/store/ruleset/create

        Args:
            type_ident: Data source type the rules are written for, e.g. `prometheus`.
            note: Title or description of the set.
            payload: The rule definitions, as a JSON string.
            open_flag: Who sees the set - 0 only you (the default), 1 your account, 2
                everyone.
        """
        return self._client.request(
            _RULE_SETS_CREATE,
            {"type_ident": type_ident, "note": note, "payload": payload, "open_flag": open_flag},
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        id: int,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Update a rule set.

        Replaces the note, sharing scope and rule definitions of a rule set.

        Permission: Rule Repository Manage.
        HTTP: POST /monit/store/ruleset/update

        Args:
            id: Rule set to change.
            note: New title or description.
            payload: New rule definitions, as a JSON string.
            open_flag: Who sees the set - 0 only you (the default), 1 your account, 2
                everyone.
        """
        return self._client.request(
            _RULE_SETS_UPDATE,
            {"id": id, "note": note, "payload": payload, "open_flag": open_flag},
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a rule set.

        Permanently deletes one rule set of the rule repository.

        Permission: Rule Repository Manage.
        HTTP: POST /monit/store/ruleset/delete

        Args:
            id: Rule set to delete.
        """
        return self._client.request(
            _RULE_SETS_DELETE, {"id": id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Get one rule set.

        Returns a rule set including `payload`, its rule definitions as a JSON string.

        Permission: Rule Repository Read.
        HTTP: POST /monit/store/ruleset/info

        Args:
            id: Rule set ID.
        """
        return self._client.request(
            _RULE_SETS_INFO, {"id": id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        type_ident: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleSet]:
        """List rule sets.

        Returns the rule sets for one data source type that you may see: public ones,
        your account's shared ones and your own private ones. `payload` is left out; use
        `monitors.rule_sets.info` for it. Not paginated.

        Permission: Rule Repository Read.
        HTTP: POST /monit/store/ruleset/list

        Args:
            type_ident: Data source type to list rule sets for, e.g. `prometheus`.
        """
        return self._client.request(
            _RULE_SETS_LIST, {"type_ident": type_ident}, timeout, max_retries, extra_headers
        )


class MonitorsDataSources(SyncResource):
    """Operations under `client.monitors.data_sources`."""

    def create(
        self,
        *,
        type_ident: Literal[
            "prometheus",
            "loki",
            "mysql",
            "oracle",
            "postgres",
            "clickhouse",
            "elasticsearch",
            "sls",
            "victorialogs",
        ],
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Dict[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Create a data source.

        Adds a data source for Monitors to query. Put the type's settings in the
        `payload` block named like `type_ident` (for Elasticsearch, choose
        `deployment`). `address` is needed for every type except Elasticsearch on
        Elastic Cloud.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/create

        Args:
            type_ident: Type of the data source; decides which `payload` block applies.
            name: Display name.
            edge_cluster_name: Monitors edge cluster that evaluates the rules using this
                source.
            payload: Type-specific settings; fill in only the block named like the
                source's `type_ident`.
            note: Free-text note.
            address: Where to connect: an HTTP URL for Prometheus, Loki and
                VictoriaLogs, `host:port` for the databases, the endpoint without scheme
                for SLS; omit for Elasticsearch on Elastic Cloud.
        """
        return self._client.request(
            _DATA_SOURCES_CREATE,
            {
                "type_ident": type_ident,
                "name": name,
                "edge_cluster_name": edge_cluster_name,
                "payload": payload,
                "note": note,
                "address": address,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        id: int,
        type_ident: Literal[
            "prometheus",
            "loki",
            "mysql",
            "oracle",
            "postgres",
            "clickhouse",
            "elasticsearch",
            "sls",
            "victorialogs",
        ],
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Dict[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Update a data source.

        Changes a data source; send its `id` along with the same fields as for creation.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/update

        Args:
            id: Data source to change.
            type_ident: Type of the data source; decides which `payload` block applies.
            name: Display name.
            edge_cluster_name: Monitors edge cluster that evaluates the rules using this
                source.
            payload: Type-specific settings; fill in only the block named like the
                source's `type_ident`.
            note: Free-text note.
            address: Where to connect: an HTTP URL for Prometheus, Loki and
                VictoriaLogs, `host:port` for the databases, the endpoint without scheme
                for SLS; omit for Elasticsearch on Elastic Cloud.
        """
        return self._client.request(
            _DATA_SOURCES_UPDATE,
            {
                "id": id,
                "type_ident": type_ident,
                "name": name,
                "edge_cluster_name": edge_cluster_name,
                "payload": payload,
                "note": note,
                "address": address,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a data source.

        Deletes a data source. Change or delete the alert rules that use it first.

        Permission: Datasources Manage.
        HTTP: POST /monit/datasource/delete

        Args:
            id: Data source to delete.
        """
        return self._client.request(
            _DATA_SOURCES_DELETE, {"id": id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Get one data source.

        Returns a data source with its type-specific `payload` settings.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/info

        Args:
            id: Data source ID.
        """
        return self._client.request(
            _DATA_SOURCES_INFO, {"id": id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        type: (
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
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorDataSource]:
        """List data sources.

        Returns every data source of the account, or only those of one type. Credentials
        are left out. Not paginated.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/list

        Args:
            type: Only data sources of this type; omit for all.
        """
        return self._client.request(
            _DATA_SOURCES_LIST, {"type": type}, timeout, max_retries, extra_headers
        )

    def sls_projects(
        self,
        *,
        id: int,
        query: str | Omit = OMIT,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[str]:
        """List the projects of an SLS data source.

        Lists the Alibaba Cloud Simple Log Service projects reachable through an `sls`
        data source, optionally only those whose name starts with `query`. Pages with
        `offset` and `size`.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/sls/projects

        Args:
            id: An `sls` data source.
            query: Project name prefix to match.
            offset: Number of projects to skip.
            size: Number of projects to return.
        """
        return self._client.request(
            _DATA_SOURCES_SLS_PROJECTS,
            {"id": id, "query": query, "offset": offset, "size": size},
            timeout,
            max_retries,
            extra_headers,
        )

    def sls_logstores(
        self,
        *,
        id: int,
        project: str,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[str]:
        """List the logstores of an SLS project.

        Lists the logstores of one project behind an `sls` data source. Pages with
        `offset` and `size`.

        Permission: Datasources Read.
        HTTP: POST /monit/datasource/sls/logstores

        Args:
            id: An `sls` data source.
            project: Project whose logstores to list.
            offset: Number of logstores to skip.
            size: Number of logstores to return.
        """
        return self._client.request(
            _DATA_SOURCES_SLS_LOGSTORES,
            {"id": id, "project": project, "offset": offset, "size": size},
            timeout,
            max_retries,
            extra_headers,
        )


class MonitorsRulesCounters(SyncResource):
    """Operations under `client.monitors.rules.counters`."""

    def total(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleCountSample]:
        """Get the history of the rule count.

        Gives the account's rule count over time as periodic snapshots in chronological
        order, handy for a trend chart.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/total
        """
        return self._client.request(_RULES_COUNTERS_TOTAL, {}, timeout, max_retries, extra_headers)

    def by_folder(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, int]:
        """Count rules per top-level folder.

        Totals the rules under each top-level folder, subfolders included, keyed by
        folder name.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/node
        """
        return self._client.request(
            _RULES_COUNTERS_BY_FOLDER, {}, timeout, max_retries, extra_headers
        )

    def by_channel(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, int]:
        """Count rules per channel.

        Tells, per channel, how many rules deliver their alerts there, keyed by channel
        name. A channel whose name cannot be resolved shows up under its ID, written as
        a string.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/channel
        """
        return self._client.request(
            _RULES_COUNTERS_BY_CHANNEL, {}, timeout, max_retries, extra_headers
        )

    def status(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per top-level folder.

        Feeds the overview page: for every top-level folder, the number of rules
        anywhere beneath it and how many of them are firing.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/status
        """
        return self._client.request(_RULES_COUNTERS_STATUS, {}, timeout, max_retries, extra_headers)


class MonitorsRulesAudits(SyncResource):
    """Operations under `client.monitors.rules.audits`."""

    def list(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleAudit]:
        """List the change history of an alert rule.

        Shows a rule's change history, latest change first. Rule snapshots are not part
        of this listing; look a record up with `monitors.rules.audits.info` to see the
        rule as it was.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/audits

        Args:
            id: Rule whose history to list.
        """
        return self._client.request(
            _RULES_AUDITS_LIST, {"id": id}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleAudit:
        """Get one audit record of an alert rule.

        Returns an audit record with `content`, the rule as it stood after that change,
        as a JSON string. Pass the record's ID from `monitors.rules.audits.list`, not
        the rule's ID.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/audit/detail

        Args:
            id: Audit record ID.
        """
        return self._client.request(
            _RULES_AUDITS_INFO, {"id": id}, timeout, max_retries, extra_headers
        )


class MonitorsRules(SyncResource):
    """Operations under `client.monitors.rules`."""

    @cached_property
    def audits(self) -> MonitorsRulesAudits:
        return MonitorsRulesAudits(self._client)

    @cached_property
    def counters(self) -> MonitorsRulesCounters:
        return MonitorsRulesCounters(self._client)

    def create(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Dict[str, Any],
        cron_pattern: str,
        labels: Dict[str, str] | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Create an alert rule.

        Creates an alert rule in a folder and returns it with its new ID. Give `ds_list`
        or `ds_ids` (at least one non-empty) to say which data sources it runs against.
        Without `channel_ids` the alerts are routed by the integration's own rules.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/create

        Args:
            name: Rule name, unique within the account.
            ds_type: Data source type the rule queries, e.g. `prometheus` (see
                `monitors.rules.data_source_types`).
            rule_configs: How a rule evaluates: its queries and up to three checks
                (threshold, any data, no data).
            cron_pattern: Evaluation schedule as a 5-field cron expression, e.g. `* * *
                * *`.
            labels: Labels added to every alert event the rule produces.
            ds_list: Which data sources the rule queries, by name (wildcards allowed);
                the union with `ds_ids` is used.
            ds_ids: Which data sources the rule queries, by ID; the union with `ds_list`
                is used. IDs keep working after a data source is renamed, names do not.
            enabled: Whether the rule is evaluated.
            debug_log_enabled: Whether the engine writes detailed debug logs for this
                rule.
            delay_seconds: Seconds to shift the query window back, to wait for late
                data.
            enabled_times: Windows in which the rule is active (any of them); empty
                means always.
            annotations: Free-form key-value pairs copied onto every alert event;
                grouping ignores them.
            description_type: Whether `description` is `text` or `markdown`; required
                once `description` is non-empty.
            description: Free-text description sent with the alerts.
            repeat_interval: Seconds between repeated notifications for an alert still
                firing.
            repeat_total: Maximum number of repeated notifications.
            folder_id: Folder to create the rule in.
            channel_ids: Channels that receive the rule's alerts; leave empty to use the
                integration's routing.
        """
        return self._client.request(
            _RULES_CREATE,
            {
                "name": name,
                "ds_type": ds_type,
                "rule_configs": rule_configs,
                "cron_pattern": cron_pattern,
                "labels": labels,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description_type": description_type,
                "description": description,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
                "folder_id": folder_id,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Dict[str, Any],
        cron_pattern: str,
        id: int,
        labels: Dict[str, str] | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Replace an alert rule.

        Replaces the alert rule wholesale: any editable field you leave out is cleared,
        so send the complete rule (fetch it with `monitors.rules.info` first). Returns
        the rule as stored.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/update

        Args:
            name: Rule name, unique within the account.
            ds_type: Data source type the rule queries, e.g. `prometheus` (see
                `monitors.rules.data_source_types`).
            rule_configs: How a rule evaluates: its queries and up to three checks
                (threshold, any data, no data).
            cron_pattern: Evaluation schedule as a 5-field cron expression, e.g. `* * *
                * *`.
            id: Rule to replace.
            labels: Labels added to every alert event the rule produces.
            ds_list: Which data sources the rule queries, by name (wildcards allowed);
                the union with `ds_ids` is used.
            ds_ids: Which data sources the rule queries, by ID; the union with `ds_list`
                is used. IDs keep working after a data source is renamed, names do not.
            enabled: Whether the rule is evaluated.
            debug_log_enabled: Whether the engine writes detailed debug logs for this
                rule.
            delay_seconds: Seconds to shift the query window back, to wait for late
                data.
            enabled_times: Windows in which the rule is active (any of them); empty
                means always.
            annotations: Free-form key-value pairs copied onto every alert event;
                grouping ignores them.
            description_type: Whether `description` is `text` or `markdown`; required
                once `description` is non-empty.
            description: Free-text description sent with the alerts.
            repeat_interval: Seconds between repeated notifications for an alert still
                firing.
            repeat_total: Maximum number of repeated notifications.
            folder_id: Folder of the rule.
            channel_ids: Channels that receive the rule's alerts; leave empty to use the
                integration's routing.
        """
        return self._client.request(
            _RULES_UPDATE,
            {
                "name": name,
                "ds_type": ds_type,
                "rule_configs": rule_configs,
                "cron_pattern": cron_pattern,
                "id": id,
                "labels": labels,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description_type": description_type,
                "description": description,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
                "folder_id": folder_id,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update_fields(
        self,
        *,
        ids: List[int],
        fields: List[
            Literal[
                "labels",
                "ds_type",
                "ds_list",
                "ds_ids",
                "enabled",
                "debug_log_enabled",
                "cron_pattern",
                "delay_seconds",
                "enabled_times",
                "annotations",
                "description",
                "channel_ids",
                "repeat_interval",
                "repeat_total",
            ]
        ],
        labels: Dict[str, str] | Omit = OMIT,
        ds_type: str | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        cron_pattern: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Change some fields of several alert rules.

        Patches the rules in `ids`: only the fields listed in `fields` are written and
        everything else is left untouched - e.g. `fields=["enabled"], enabled=False`
        switches rules off. Results come back per rule, so some may fail while others
        succeed, but a field name the server does not know rejects the whole request.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/update/fields

        Args:
            ids: Rules to change.
            fields: Names of the fields to write; the other fields below are ignored.
            labels: New labels.
            ds_type: New data source type.
            ds_list: New data source name patterns.
            ds_ids: New data source IDs.
            enabled: Switch the rules on or off.
            debug_log_enabled: Switch debug logging on or off.
            cron_pattern: New 5-field cron schedule.
            delay_seconds: New query delay in seconds.
            enabled_times: New active windows.
            annotations: New annotations.
            description: New description.
            channel_ids: New notification channels.
            repeat_interval: New repeat interval in seconds.
            repeat_total: New maximum number of repeats.
        """
        return self._client.request(
            _RULES_UPDATE_FIELDS,
            {
                "ids": ids,
                "fields": fields,
                "labels": labels,
                "ds_type": ds_type,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "cron_pattern": cron_pattern,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description": description,
                "channel_ids": channel_ids,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete an alert rule.

        Deletes one alert rule. An ID that matches no rule is not an error: the call
        still succeeds.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/delete

        Args:
            id: Rule to delete.
        """
        return self._client.request(_RULES_DELETE, {"id": id}, timeout, max_retries, extra_headers)

    def batch_delete(
        self,
        *,
        ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete several alert rules.

        Works through the listed rules in order, deleting each. It stops at the first
        rule it cannot delete (for lack of permission, say) and returns an error; rules
        removed before that point are not restored.

        Permission: Alerting Rules Manage.
        Rate limit: 5 per second, 30 per minute.
        HTTP: POST /monit/rule/delete/batch

        Args:
            ids: Rules to delete.
        """
        return self._client.request(
            _RULES_BATCH_DELETE, {"ids": ids}, timeout, max_retries, extra_headers
        )

    def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Get one alert rule.

        Returns the full configuration of an alert rule: queries, checks, schedule and
        notification settings. A rule of another account is reported as not found.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/info

        Args:
            id: Rule ID.
        """
        return self._client.request(_RULES_INFO, {"id": id}, timeout, max_retries, extra_headers)

    def list(
        self,
        *,
        folder_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleBasic]:
        """List the alert rules of a folder.

        Gives a compact view of the rules in a folder (or of all visible rules when
        `folder_id` is 0): no queries, but a live flag telling whether each rule is
        firing. Use `monitors.rules.info` for a rule's full configuration. Not
        paginated.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/list/basic

        Args:
            folder_id: Folder to list; 0 for every rule you can see.
        """
        return self._client.request(
            _RULES_LIST, {"folder_id": folder_id}, timeout, max_retries, extra_headers
        )

    def export(
        self,
        *,
        ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleExport]:
        """Export alert rules.

        Returns the settings of the given rules without IDs, folder, channels or audit
        fields, in the form `monitors.rules.import` accepts (add a `folder_id` to each
        before importing).

        Permission: Alerting Rules Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /monit/rule/export

        Args:
            ids: Rules to export.
        """
        return self._client.request(
            _RULES_EXPORT, {"ids": ids}, timeout, max_retries, extra_headers
        )

    def move(
        self,
        *,
        ids: List[int],
        dest_folder_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Move alert rules between folders.

        Puts the given rules into another folder. The caller needs rights on the
        destination folder and on the folder each rule sits in now. Rules that fail keep
        their place, and their result gives the reason.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/move

        Args:
            ids: Rules to move.
            dest_folder_id: Folder to move them into.
        """
        return self._client.request(
            _RULES_MOVE,
            {"ids": ids, "dest_folder_id": dest_folder_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def folder_status(
        self,
        *,
        folder_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per subfolder.

        Breaks a folder (0 for the top level) down by its immediate subfolders: for each
        one, the number of rules beneath it at any depth and how many of those are
        firing. A folder with too many subfolders or rules gets an error instead of an
        answer. Although it only reads, the reference asks for the manage permission.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/status

        Args:
            folder_id: Folder whose children to count; 0 for the top level.
        """
        return self._client.request(
            _RULES_FOLDER_STATUS, {"folder_id": folder_id}, timeout, max_retries, extra_headers
        )

    def data_source_types(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorDataSourceType]:
        """List the data source types rules can use.

        Lists the data source types a rule can be written for - the types every account
        has, plus any defined for yours alone. Use an entry's `ident` as a rule's
        `ds_type`.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/dstypes
        """
        return self._client.request(
            _RULES_DATA_SOURCE_TYPES, {}, timeout, max_retries, extra_headers
        )

    def import_(
        self,
        *,
        rules: List[MonitorRuleImportItem | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Import alert rules.

        Creates rules from a list of rule definitions (for instance the output of
        `monitors.rules.export`, each with a `folder_id` and `ds_list` or `ds_ids`
        added). Results are reported per rule, so a duplicate name, for example, fails
        only that rule. The body is a JSON array, not an object.

        Permission: Alerting Rules Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /monit/rule/import

        Args:
            rules: The request body, a list.
        """
        return self._client.request(
            _RULES_IMPORT, {"rules": rules}, timeout, max_retries, extra_headers
        )


class Monitors(SyncResource):
    """Operations under `client.monitors`."""

    @cached_property
    def rules(self) -> MonitorsRules:
        return MonitorsRules(self._client)

    @cached_property
    def data_sources(self) -> MonitorsDataSources:
        return MonitorsDataSources(self._client)

    @cached_property
    def rule_sets(self) -> MonitorsRuleSets:
        return MonitorsRuleSets(self._client)


class AsyncMonitorsRuleSets(AsyncResource):
    """Operations under `client.monitors.rule_sets`."""

    async def create(
        self,
        *,
        type_ident: str,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Create a rule set: the awaitable `MonitorsRuleSets.create`, documented there."""
        return await self._client.request(
            _RULE_SETS_CREATE,
            {"type_ident": type_ident, "note": note, "payload": payload, "open_flag": open_flag},
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        id: int,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Update a rule set: the awaitable `MonitorsRuleSets.update`, documented there."""
        return await self._client.request(
            _RULE_SETS_UPDATE,
            {"id": id, "note": note, "payload": payload, "open_flag": open_flag},
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a rule set: the awaitable `MonitorsRuleSets.delete`, documented there."""
        return await self._client.request(
            _RULE_SETS_DELETE, {"id": id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleSet:
        """Get one rule set: the awaitable `MonitorsRuleSets.info`, documented there."""
        return await self._client.request(
            _RULE_SETS_INFO, {"id": id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        type_ident: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleSet]:
        """List rule sets: the awaitable `MonitorsRuleSets.list`, documented there."""
        return await self._client.request(
            _RULE_SETS_LIST, {"type_ident": type_ident}, timeout, max_retries, extra_headers
        )


class AsyncMonitorsDataSources(AsyncResource):
    """Operations under `client.monitors.data_sources`."""

    async def create(
        self,
        *,
        type_ident: Literal[
            "prometheus",
            "loki",
            "mysql",
            "oracle",
            "postgres",
            "clickhouse",
            "elasticsearch",
            "sls",
            "victorialogs",
        ],
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Dict[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Create a data source: the awaitable `MonitorsDataSources.create`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_CREATE,
            {
                "type_ident": type_ident,
                "name": name,
                "edge_cluster_name": edge_cluster_name,
                "payload": payload,
                "note": note,
                "address": address,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        id: int,
        type_ident: Literal[
            "prometheus",
            "loki",
            "mysql",
            "oracle",
            "postgres",
            "clickhouse",
            "elasticsearch",
            "sls",
            "victorialogs",
        ],
        name: str,
        edge_cluster_name: str,
        payload: MonitorDataSourcePayload | Dict[str, Any],
        note: str | Omit = OMIT,
        address: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Update a data source: the awaitable `MonitorsDataSources.update`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_UPDATE,
            {
                "id": id,
                "type_ident": type_ident,
                "name": name,
                "edge_cluster_name": edge_cluster_name,
                "payload": payload,
                "note": note,
                "address": address,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a data source: the awaitable `MonitorsDataSources.delete`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_DELETE, {"id": id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorDataSource:
        """Get one data source: the awaitable `MonitorsDataSources.info`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_INFO, {"id": id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        type: (
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
            | Omit
        ) = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorDataSource]:
        """List data sources: the awaitable `MonitorsDataSources.list`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_LIST, {"type": type}, timeout, max_retries, extra_headers
        )

    async def sls_projects(
        self,
        *,
        id: int,
        query: str | Omit = OMIT,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[str]:
        """List the projects of an SLS data source: the awaitable `MonitorsDataSources.sls_projects`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_SLS_PROJECTS,
            {"id": id, "query": query, "offset": offset, "size": size},
            timeout,
            max_retries,
            extra_headers,
        )

    async def sls_logstores(
        self,
        *,
        id: int,
        project: str,
        offset: int | Omit = OMIT,
        size: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[str]:
        """List the logstores of an SLS project: the awaitable `MonitorsDataSources.sls_logstores`, documented there."""
        return await self._client.request(
            _DATA_SOURCES_SLS_LOGSTORES,
            {"id": id, "project": project, "offset": offset, "size": size},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncMonitorsRulesCounters(AsyncResource):
    """Operations under `client.monitors.rules.counters`."""

    async def total(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleCountSample]:
        """Get the history of the rule count: the awaitable `MonitorsRulesCounters.total`, documented there."""
        return await self._client.request(
            _RULES_COUNTERS_TOTAL, {}, timeout, max_retries, extra_headers
        )

    async def by_folder(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, int]:
        """Count rules per top-level folder: the awaitable `MonitorsRulesCounters.by_folder`, documented there."""
        return await self._client.request(
            _RULES_COUNTERS_BY_FOLDER, {}, timeout, max_retries, extra_headers
        )

    async def by_channel(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Dict[str, int]:
        """Count rules per channel: the awaitable `MonitorsRulesCounters.by_channel`, documented there."""
        return await self._client.request(
            _RULES_COUNTERS_BY_CHANNEL, {}, timeout, max_retries, extra_headers
        )

    async def status(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per top-level folder: the awaitable `MonitorsRulesCounters.status`, documented there."""
        return await self._client.request(
            _RULES_COUNTERS_STATUS, {}, timeout, max_retries, extra_headers
        )


class AsyncMonitorsRulesAudits(AsyncResource):
    """Operations under `client.monitors.rules.audits`."""

    async def list(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleAudit]:
        """List the change history of an alert rule: the awaitable `MonitorsRulesAudits.list`, documented there."""
        return await self._client.request(
            _RULES_AUDITS_LIST, {"id": id}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRuleAudit:
        """Get one audit record of an alert rule: the awaitable `MonitorsRulesAudits.info`, documented there."""
        return await self._client.request(
            _RULES_AUDITS_INFO, {"id": id}, timeout, max_retries, extra_headers
        )


class AsyncMonitorsRules(AsyncResource):
    """Operations under `client.monitors.rules`."""

    @cached_property
    def audits(self) -> AsyncMonitorsRulesAudits:
        return AsyncMonitorsRulesAudits(self._client)

    @cached_property
    def counters(self) -> AsyncMonitorsRulesCounters:
        return AsyncMonitorsRulesCounters(self._client)

    async def create(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Dict[str, Any],
        cron_pattern: str,
        labels: Dict[str, str] | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Create an alert rule: the awaitable `MonitorsRules.create`, documented there."""
        return await self._client.request(
            _RULES_CREATE,
            {
                "name": name,
                "ds_type": ds_type,
                "rule_configs": rule_configs,
                "cron_pattern": cron_pattern,
                "labels": labels,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description_type": description_type,
                "description": description,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
                "folder_id": folder_id,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Dict[str, Any],
        cron_pattern: str,
        id: int,
        labels: Dict[str, str] | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Replace an alert rule: the awaitable `MonitorsRules.update`, documented there."""
        return await self._client.request(
            _RULES_UPDATE,
            {
                "name": name,
                "ds_type": ds_type,
                "rule_configs": rule_configs,
                "cron_pattern": cron_pattern,
                "id": id,
                "labels": labels,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description_type": description_type,
                "description": description,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
                "folder_id": folder_id,
                "channel_ids": channel_ids,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update_fields(
        self,
        *,
        ids: List[int],
        fields: List[
            Literal[
                "labels",
                "ds_type",
                "ds_list",
                "ds_ids",
                "enabled",
                "debug_log_enabled",
                "cron_pattern",
                "delay_seconds",
                "enabled_times",
                "annotations",
                "description",
                "channel_ids",
                "repeat_interval",
                "repeat_total",
            ]
        ],
        labels: Dict[str, str] | Omit = OMIT,
        ds_type: str | Omit = OMIT,
        ds_list: List[str] | Omit = OMIT,
        ds_ids: List[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        cron_pattern: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: List[MonitorEnabledTime | Dict[str, Any]] | Omit = OMIT,
        annotations: Dict[str, str] | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Change some fields of several alert rules: the awaitable `MonitorsRules.update_fields`, documented there."""
        return await self._client.request(
            _RULES_UPDATE_FIELDS,
            {
                "ids": ids,
                "fields": fields,
                "labels": labels,
                "ds_type": ds_type,
                "ds_list": ds_list,
                "ds_ids": ds_ids,
                "enabled": enabled,
                "debug_log_enabled": debug_log_enabled,
                "cron_pattern": cron_pattern,
                "delay_seconds": delay_seconds,
                "enabled_times": enabled_times,
                "annotations": annotations,
                "description": description,
                "channel_ids": channel_ids,
                "repeat_interval": repeat_interval,
                "repeat_total": repeat_total,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def delete(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete an alert rule: the awaitable `MonitorsRules.delete`, documented there."""
        return await self._client.request(
            _RULES_DELETE, {"id": id}, timeout, max_retries, extra_headers
        )

    async def batch_delete(
        self,
        *,
        ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete several alert rules: the awaitable `MonitorsRules.batch_delete`, documented there."""
        return await self._client.request(
            _RULES_BATCH_DELETE, {"ids": ids}, timeout, max_retries, extra_headers
        )

    async def info(
        self,
        *,
        id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> MonitorRule:
        """Get one alert rule: the awaitable `MonitorsRules.info`, documented there."""
        return await self._client.request(
            _RULES_INFO, {"id": id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        folder_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleBasic]:
        """List the alert rules of a folder: the awaitable `MonitorsRules.list`, documented there."""
        return await self._client.request(
            _RULES_LIST, {"folder_id": folder_id}, timeout, max_retries, extra_headers
        )

    async def export(
        self,
        *,
        ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleExport]:
        """Export alert rules: the awaitable `MonitorsRules.export`, documented there."""
        return await self._client.request(
            _RULES_EXPORT, {"ids": ids}, timeout, max_retries, extra_headers
        )

    async def move(
        self,
        *,
        ids: List[int],
        dest_folder_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Move alert rules between folders: the awaitable `MonitorsRules.move`, documented there."""
        return await self._client.request(
            _RULES_MOVE,
            {"ids": ids, "dest_folder_id": dest_folder_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def folder_status(
        self,
        *,
        folder_id: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per subfolder: the awaitable `MonitorsRules.folder_status`, documented there."""
        return await self._client.request(
            _RULES_FOLDER_STATUS, {"folder_id": folder_id}, timeout, max_retries, extra_headers
        )

    async def data_source_types(
        self,
        *,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorDataSourceType]:
        """List the data source types rules can use: the awaitable `MonitorsRules.data_source_types`, documented there."""
        return await self._client.request(
            _RULES_DATA_SOURCE_TYPES, {}, timeout, max_retries, extra_headers
        )

    async def import_(
        self,
        *,
        rules: List[MonitorRuleImportItem | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> List[MonitorRuleResult]:
        """Import alert rules: the awaitable `MonitorsRules.import_`, documented there."""
        return await self._client.request(
            _RULES_IMPORT, {"rules": rules}, timeout, max_retries, extra_headers
        )


class AsyncMonitors(AsyncResource):
    """Operations under `client.monitors`."""

    @cached_property
    def rules(self) -> AsyncMonitorsRules:
        return AsyncMonitorsRules(self._client)

    @cached_property
    def data_sources(self) -> AsyncMonitorsDataSources:
        return AsyncMonitorsDataSources(self._client)

    @cached_property
    def rule_sets(self) -> AsyncMonitorsRuleSets:
        return AsyncMonitorsRuleSets(self._client)
