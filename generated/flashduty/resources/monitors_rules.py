"""`client.monitors.rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from .monitors_rules_v2 import MonitorsRulesV2, AsyncMonitorsRulesV2
    from .monitors_rules_audits import MonitorsRulesAudits, AsyncMonitorsRulesAudits
    from .monitors_rules_counters import MonitorsRulesCounters, AsyncMonitorsRulesCounters
    from ..types.defs.monitor_data_source_type import MonitorDataSourceType
    from ..types.defs.monitor_enabled_time import MonitorEnabledTime
    from ..types.defs.monitor_rule import MonitorRule
    from ..types.defs.monitor_rule_basic import MonitorRuleBasic
    from ..types.defs.monitor_rule_configs import MonitorRuleConfigs
    from ..types.defs.monitor_rule_export import MonitorRuleExport
    from ..types.defs.monitor_rule_folder_status import MonitorRuleFolderStatus
    from ..types.defs.monitor_rule_import_item import MonitorRuleImportItem
    from ..types.defs.monitor_rule_result import MonitorRuleResult
    from ..types.defs.monitor_string_map_patch import MonitorStringMapPatch
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "MonitorDataSourceType": "defs.monitor_data_source_type",
        "MonitorEnabledTime": "defs.monitor_enabled_time",
        "MonitorRule": "defs.monitor_rule",
        "MonitorRuleBasic": "defs.monitor_rule_basic",
        "MonitorRuleConfigs": "defs.monitor_rule_configs",
        "MonitorRuleExport": "defs.monitor_rule_export",
        "MonitorRuleFolderStatus": "defs.monitor_rule_folder_status",
        "MonitorRuleImportItem": "defs.monitor_rule_import_item",
        "MonitorRuleResult": "defs.monitor_rule_result",
        "MonitorStringMapPatch": "defs.monitor_string_map_patch",
    },
)

__all__ = ["MonitorsRules", "AsyncMonitorsRules"]

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
    data=lambda: generic(List, _TYPES["MonitorRuleResult"]),
    types=_TYPES,
    models={
        "labels_patch": ("MonitorStringMapPatch", ""),
        "annotations_patch": ("MonitorStringMapPatch", ""),
        "enabled_times": ("MonitorEnabledTime", "l"),
    },
)
_RULES_DELETE: Endpoint[None] = Endpoint("POST", "/monit/rule/delete", kind="none")
_RULES_BATCH_DELETE: Endpoint[None] = Endpoint(
    "POST", "/monit/rule/delete/batch", kind="none", limits=(5, 30)
)
_RULES_INFO: Endpoint[MonitorRule] = Endpoint(
    "POST", "/monit/rule/info", kind="model", data="MonitorRule", types=_TYPES, idempotent=True
)
_RULES_LIST: Endpoint[List[MonitorRuleBasic]] = Endpoint(
    "POST",
    "/monit/rule/list/basic",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleBasic"]),
    types=_TYPES,
    idempotent=True,
)
_RULES_EXPORT: Endpoint[List[MonitorRuleExport]] = Endpoint(
    "POST",
    "/monit/rule/export",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleExport"]),
    types=_TYPES,
    idempotent=True,
    limits=(1, 10),
)
_RULES_MOVE: Endpoint[List[MonitorRuleResult]] = Endpoint(
    "POST",
    "/monit/rule/move",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleResult"]),
    types=_TYPES,
)
_RULES_FOLDER_STATUS: Endpoint[List[MonitorRuleFolderStatus]] = Endpoint(
    "POST",
    "/monit/rule/status",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleFolderStatus"]),
    types=_TYPES,
    idempotent=True,
)
_RULES_DATA_SOURCE_TYPES: Endpoint[List[MonitorDataSourceType]] = Endpoint(
    "POST",
    "/monit/rule/dstypes",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorDataSourceType"]),
    types=_TYPES,
    idempotent=True,
)
_RULES_IMPORT: Endpoint[List[MonitorRuleResult]] = Endpoint(
    "POST",
    "/monit/rule/import",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleResult"]),
    types=_TYPES,
    models={"rules": ("MonitorRuleImportItem", "l")},
    limits=(2, 20),
    root="rules",
)


class MonitorsRules(SyncResource):
    """Operations under `client.monitors.rules`."""

    @cached_property
    def v2(self) -> MonitorsRulesV2:
        from .monitors_rules_v2 import MonitorsRulesV2

        return MonitorsRulesV2(self._client)

    @cached_property
    def audits(self) -> MonitorsRulesAudits:
        from .monitors_rules_audits import MonitorsRulesAudits

        return MonitorsRulesAudits(self._client)

    @cached_property
    def counters(self) -> MonitorsRulesCounters:
        from .monitors_rules_counters import MonitorsRulesCounters

        return MonitorsRulesCounters(self._client)

    @deprecated("monitors.rules.create is deprecated; use client.monitors.rules.v2.create instead")
    def create(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Mapping[str, Any],
        cron_pattern: str,
        labels: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | EnumValue | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRule:
        """Create an alert rule.

        Creates an alert rule in a folder and returns it with its new ID. Give `ds_list`
        or `ds_ids` (at least one non-empty) to say which data sources it runs against.
        Without `channel_ids` the alerts are routed by the integration's own rules.
        Superseded by the v2 rule lifecycle: use `monitors.rules.v2.create`; this call
        stays for existing callers.

        Deprecated: use `client.monitors.rules.v2.create` instead.

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
            timezone: IANA time zone (such as `UTC`) in which the schedule and the
                enabled time windows are read; `Asia/Shanghai` when empty. Offsets like
                `UTC+8` are refused.
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "ds_type": ds_type,
            "rule_configs": rule_configs,
            "cron_pattern": cron_pattern,
            "labels": labels,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "enabled": enabled,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "annotations": annotations,
            "description_type": description_type,
            "description": description,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "folder_id": folder_id,
            "channel_ids": channel_ids,
        }
        return self._client.request(_RULES_CREATE, args, **options)

    @deprecated("monitors.rules.update is deprecated; use client.monitors.rules.v2.update instead")
    def update(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Mapping[str, Any],
        cron_pattern: str,
        id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | EnumValue | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRule:
        """Replace an alert rule.

        Replaces the alert rule wholesale: any editable field you leave out is cleared,
        so send the complete rule (fetch it with `monitors.rules.info` first). Returns
        the rule as stored. Superseded by the v2 rule lifecycle: use
        `monitors.rules.v2.update`.

        Deprecated: use `client.monitors.rules.v2.update` instead.

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
            timezone: IANA time zone (such as `UTC`) in which the schedule and the
                enabled time windows are read; `Asia/Shanghai` when empty. Offsets like
                `UTC+8` are refused.
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
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
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "annotations": annotations,
            "description_type": description_type,
            "description": description,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "folder_id": folder_id,
            "channel_ids": channel_ids,
        }
        return self._client.request(_RULES_UPDATE, args, **options)

    def update_fields(
        self,
        *,
        ids: SequenceNotStr[int],
        fields: SequenceNotStr[
            Literal[
                "labels",
                "ds_type",
                "ds_list",
                "ds_ids",
                "enabled",
                "debug_log_enabled",
                "cron_pattern",
                "timezone",
                "delay_seconds",
                "enabled_times",
                "annotations",
                "description",
                "channel_ids",
                "repeat_interval",
                "repeat_total",
            ]
            | EnumValue
        ],
        labels: Mapping[str, str] | Omit = OMIT,
        labels_patch: MonitorStringMapPatch | Mapping[str, Any] | Omit = OMIT,
        annotations_patch: MonitorStringMapPatch | Mapping[str, Any] | Omit = OMIT,
        timezone: str | Omit = OMIT,
        ds_type: str | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        cron_pattern: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            labels_patch: Labels to set or remove, leaving the others as they are.
            annotations_patch: Annotations to set or remove, leaving the others as they
                are.
            timezone: IANA time zone the rules run in (with `timezone` in `fields`).
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "ids": ids,
            "fields": fields,
            "labels": labels,
            "labels_patch": labels_patch,
            "annotations_patch": annotations_patch,
            "timezone": timezone,
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
        }
        return self._client.request(_RULES_UPDATE_FIELDS, args, **options)

    def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete an alert rule.

        Deletes one alert rule. An ID that matches no rule is not an error: the call
        still succeeds.

        Permission: Alerting Rules Manage.
        HTTP: POST /monit/rule/delete

        Args:
            id: Rule to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULES_DELETE, args, **options)

    def batch_delete(self, *, ids: SequenceNotStr[int], **options: Unpack[RequestOptions]) -> None:
        """Delete several alert rules.

        Works through the listed rules in order, deleting each. It stops at the first
        rule it cannot delete (for lack of permission, say) and returns an error; rules
        removed before that point are not restored.

        Permission: Alerting Rules Manage.
        Rate limit: 5 per second, 30 per minute.
        HTTP: POST /monit/rule/delete/batch

        Args:
            ids: Rules to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"ids": ids}
        return self._client.request(_RULES_BATCH_DELETE, args, **options)

    @deprecated("monitors.rules.info is deprecated; use client.monitors.rules.v2.info instead")
    def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRule:
        """Get one alert rule.

        Returns the full configuration of an alert rule: queries, checks, schedule and
        notification settings. A rule of another account is reported as not found.
        Superseded by the v2 rule lifecycle: use `monitors.rules.v2.info`, which also
        shows how each check recovers.

        Deprecated: use `client.monitors.rules.v2.info` instead.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/info

        Args:
            id: Rule ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULES_INFO, args, **options)

    def list(
        self,
        *,
        folder_id: int | Omit = OMIT,
        include_descendants: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            include_descendants: Also list the rules of all sub-folders; each item then
                carries only `id`, `folder_id` and `name` (for rule pickers).
            query: Fuzzy match on the rule name; only with `include_descendants`.
            limit: At most this many rules (50 by default, 100 at most); only with
                `include_descendants`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "folder_id": folder_id,
            "include_descendants": include_descendants,
            "query": query,
            "limit": limit,
        }
        return self._client.request(_RULES_LIST, args, **options)

    @deprecated("monitors.rules.export is deprecated; use client.monitors.rules.v2.info instead")
    def export(
        self, *, ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> List[MonitorRuleExport]:
        """Export alert rules.

        Returns the settings of the given rules without IDs, folder, channels or audit
        fields, in the form `monitors.rules.import` accepts (add a `folder_id` to each
        before importing). The vendor has retired this call (rule bundles are exported
        in the console now); use `monitors.rules.v2.info` to read each rule's full
        configuration.

        Deprecated: use `client.monitors.rules.v2.info` instead.

        Permission: Alerting Rules Read.
        Rate limit: 1 per second, 10 per minute.
        HTTP: POST /monit/rule/export

        Args:
            ids: Rules to export.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"ids": ids}
        return self._client.request(_RULES_EXPORT, args, **options)

    def move(
        self, *, ids: SequenceNotStr[int], dest_folder_id: int, **options: Unpack[RequestOptions]
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"ids": ids, "dest_folder_id": dest_folder_id}
        return self._client.request(_RULES_MOVE, args, **options)

    def folder_status(
        self, *, folder_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"folder_id": folder_id}
        return self._client.request(_RULES_FOLDER_STATUS, args, **options)

    def data_source_types(self, **options: Unpack[RequestOptions]) -> List[MonitorDataSourceType]:
        """List the data source types rules can use.

        Lists the data source types a rule can be written for - the types every account
        has, plus any defined for yours alone. Use an entry's `ident` as a rule's
        `ds_type`.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/dstypes

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_RULES_DATA_SOURCE_TYPES, args, **options)

    @deprecated("monitors.rules.import is deprecated; use client.monitors.rules.v2.create instead")
    def import_(
        self,
        *,
        rules: SequenceNotStr[MonitorRuleImportItem | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> List[MonitorRuleResult]:
        """Import alert rules.

        Creates rules from a list of rule definitions (for instance the output of
        `monitors.rules.export`, each with a `folder_id` and `ds_list` or `ds_ids`
        added). Results are reported per rule, so a duplicate name, for example, fails
        only that rule. The body is a JSON array, not an object. The vendor has retired
        this call (rule bundles are imported in the console now); use
        `monitors.rules.v2.create` for each rule.

        Deprecated: use `client.monitors.rules.v2.create` instead.

        Permission: Alerting Rules Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /monit/rule/import

        Args:
            rules: The request body, a list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rules": rules}
        return self._client.request(_RULES_IMPORT, args, **options)


class AsyncMonitorsRules(AsyncResource):
    """Operations under `client.monitors.rules`."""

    @cached_property
    def v2(self) -> AsyncMonitorsRulesV2:
        from .monitors_rules_v2 import AsyncMonitorsRulesV2

        return AsyncMonitorsRulesV2(self._client)

    @cached_property
    def audits(self) -> AsyncMonitorsRulesAudits:
        from .monitors_rules_audits import AsyncMonitorsRulesAudits

        return AsyncMonitorsRulesAudits(self._client)

    @cached_property
    def counters(self) -> AsyncMonitorsRulesCounters:
        from .monitors_rules_counters import AsyncMonitorsRulesCounters

        return AsyncMonitorsRulesCounters(self._client)

    @deprecated("monitors.rules.create is deprecated; use client.monitors.rules.v2.create instead")
    async def create(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Mapping[str, Any],
        cron_pattern: str,
        labels: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | EnumValue | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRule:
        """Create an alert rule: the awaitable `MonitorsRules.create`, documented there."""
        args = {
            "name": name,
            "ds_type": ds_type,
            "rule_configs": rule_configs,
            "cron_pattern": cron_pattern,
            "labels": labels,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "enabled": enabled,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "annotations": annotations,
            "description_type": description_type,
            "description": description,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "folder_id": folder_id,
            "channel_ids": channel_ids,
        }
        return await self._client.request(_RULES_CREATE, args, **options)

    @deprecated("monitors.rules.update is deprecated; use client.monitors.rules.v2.update instead")
    async def update(
        self,
        *,
        name: str,
        ds_type: str,
        rule_configs: MonitorRuleConfigs | Mapping[str, Any],
        cron_pattern: str,
        id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description_type: Literal["text", "markdown"] | EnumValue | Omit = OMIT,
        description: str | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        folder_id: int | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRule:
        """Replace an alert rule: the awaitable `MonitorsRules.update`, documented there."""
        args = {
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
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "annotations": annotations,
            "description_type": description_type,
            "description": description,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "folder_id": folder_id,
            "channel_ids": channel_ids,
        }
        return await self._client.request(_RULES_UPDATE, args, **options)

    async def update_fields(
        self,
        *,
        ids: SequenceNotStr[int],
        fields: SequenceNotStr[
            Literal[
                "labels",
                "ds_type",
                "ds_list",
                "ds_ids",
                "enabled",
                "debug_log_enabled",
                "cron_pattern",
                "timezone",
                "delay_seconds",
                "enabled_times",
                "annotations",
                "description",
                "channel_ids",
                "repeat_interval",
                "repeat_total",
            ]
            | EnumValue
        ],
        labels: Mapping[str, str] | Omit = OMIT,
        labels_patch: MonitorStringMapPatch | Mapping[str, Any] | Omit = OMIT,
        annotations_patch: MonitorStringMapPatch | Mapping[str, Any] | Omit = OMIT,
        timezone: str | Omit = OMIT,
        ds_type: str | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        enabled: bool | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        cron_pattern: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        description: str | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[MonitorRuleResult]:
        """Change some fields of several alert rules: the awaitable `MonitorsRules.update_fields`, documented there."""
        args = {
            "ids": ids,
            "fields": fields,
            "labels": labels,
            "labels_patch": labels_patch,
            "annotations_patch": annotations_patch,
            "timezone": timezone,
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
        }
        return await self._client.request(_RULES_UPDATE_FIELDS, args, **options)

    async def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete an alert rule: the awaitable `MonitorsRules.delete`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULES_DELETE, args, **options)

    async def batch_delete(
        self, *, ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete several alert rules: the awaitable `MonitorsRules.batch_delete`, documented there."""
        args = {"ids": ids}
        return await self._client.request(_RULES_BATCH_DELETE, args, **options)

    @deprecated("monitors.rules.info is deprecated; use client.monitors.rules.v2.info instead")
    async def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRule:
        """Get one alert rule: the awaitable `MonitorsRules.info`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULES_INFO, args, **options)

    async def list(
        self,
        *,
        folder_id: int | Omit = OMIT,
        include_descendants: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> List[MonitorRuleBasic]:
        """List the alert rules of a folder: the awaitable `MonitorsRules.list`, documented there."""
        args = {
            "folder_id": folder_id,
            "include_descendants": include_descendants,
            "query": query,
            "limit": limit,
        }
        return await self._client.request(_RULES_LIST, args, **options)

    @deprecated("monitors.rules.export is deprecated; use client.monitors.rules.v2.info instead")
    async def export(
        self, *, ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> List[MonitorRuleExport]:
        """Export alert rules: the awaitable `MonitorsRules.export`, documented there."""
        args = {"ids": ids}
        return await self._client.request(_RULES_EXPORT, args, **options)

    async def move(
        self, *, ids: SequenceNotStr[int], dest_folder_id: int, **options: Unpack[RequestOptions]
    ) -> List[MonitorRuleResult]:
        """Move alert rules between folders: the awaitable `MonitorsRules.move`, documented there."""
        args = {"ids": ids, "dest_folder_id": dest_folder_id}
        return await self._client.request(_RULES_MOVE, args, **options)

    async def folder_status(
        self, *, folder_id: int | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per subfolder: the awaitable `MonitorsRules.folder_status`, documented there."""
        args = {"folder_id": folder_id}
        return await self._client.request(_RULES_FOLDER_STATUS, args, **options)

    async def data_source_types(
        self, **options: Unpack[RequestOptions]
    ) -> List[MonitorDataSourceType]:
        """List the data source types rules can use: the awaitable `MonitorsRules.data_source_types`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_RULES_DATA_SOURCE_TYPES, args, **options)

    @deprecated("monitors.rules.import is deprecated; use client.monitors.rules.v2.create instead")
    async def import_(
        self,
        *,
        rules: SequenceNotStr[MonitorRuleImportItem | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> List[MonitorRuleResult]:
        """Import alert rules: the awaitable `MonitorsRules.import_`, documented there."""
        args = {"rules": rules}
        return await self._client.request(_RULES_IMPORT, args, **options)
