"""`client.monitors.rules.v2`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_enabled_time import MonitorEnabledTime
    from ..types.defs.monitor_investigation_target import MonitorInvestigationTarget
    from ..types.defs.monitor_rule_configs_v2 import MonitorRuleConfigsV2
    from ..types.defs.monitor_rule_v2 import MonitorRuleV2

_TYPES = TypeNames(
    __name__,
    {
        "MonitorEnabledTime": "defs.monitor_enabled_time",
        "MonitorInvestigationTarget": "defs.monitor_investigation_target",
        "MonitorRuleConfigsV2": "defs.monitor_rule_configs_v2",
        "MonitorRuleV2": "defs.monitor_rule_v2",
    },
)

__all__ = ["MonitorsRulesV2", "AsyncMonitorsRulesV2"]

_RULES_V2_CREATE: Endpoint[MonitorRuleV2] = Endpoint(
    "POST",
    "/monit/rule/v2/create",
    kind="model",
    data="MonitorRuleV2",
    types=_TYPES,
    models={
        "rule_configs": ("MonitorRuleConfigsV2", ""),
        "enabled_times": ("MonitorEnabledTime", "l"),
        "investigation_targets": ("MonitorInvestigationTarget", "l"),
    },
    limits=(20, 300),
)
_RULES_V2_INFO: Endpoint[MonitorRuleV2] = Endpoint(
    "POST", "/monit/rule/v2/info", kind="model", data="MonitorRuleV2", types=_TYPES, idempotent=True
)
_RULES_V2_UPDATE: Endpoint[MonitorRuleV2] = Endpoint(
    "POST",
    "/monit/rule/v2/update",
    kind="model",
    data="MonitorRuleV2",
    types=_TYPES,
    models={
        "rule_configs": ("MonitorRuleConfigsV2", ""),
        "enabled_times": ("MonitorEnabledTime", "l"),
        "investigation_targets": ("MonitorInvestigationTarget", "l"),
    },
    limits=(20, 300),
)


class MonitorsRulesV2(SyncResource):
    """Operations under `client.monitors.rules.v2`."""

    def create(
        self,
        *,
        name: str,
        ds_type: str,
        enabled: bool,
        cron_pattern: str,
        rule_configs: MonitorRuleConfigsV2 | Mapping[str, Any],
        folder_id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        description: str | Omit = OMIT,
        description_type: Literal["", "text", "markdown"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        investigation_targets: (
            SequenceNotStr[MonitorInvestigationTarget | Mapping[str, Any]] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleV2:
        """Create an alert rule (v2).

        Creates an alert rule with the v2 alert lifecycle, where each check says how its
        alerts end (`recovery_mode`, `end_mode`), and returns it with its new ID.
        `enabled` must be sent explicitly. Give `ds_list` or `ds_ids` to choose the data
        sources.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Alerting Rules Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/rule/v2/create

        Args:
            name: Rule name; unique within its folder.
            ds_type: Data source type the rule queries, e.g. `prometheus`.
            enabled: Whether the rule runs; turning it off clears its active alerts.
            cron_pattern: Six-field cron with seconds, or `@every 30s`; no `TZ=` prefix
                (use `timezone`).
            rule_configs: How a v2 rule evaluates; its queries and up to three checks.
            folder_id: Folder to create the rule in (see `monitors.folders.list`).
            labels: Labels added to every alert event of the rule.
            annotations: Extra key/value pairs sent with alert events; keys may not
                start with `$`.
            ds_list: Data source name patterns (wildcards allowed); merged with
                `ds_ids`.
            ds_ids: Data source IDs; merged with `ds_list`, and unaffected by renames.
            debug_log_enabled: Makes the edge log each evaluation in detail.
            timezone: IANA zone the schedule and time windows are read in; empty means
                `Asia/Shanghai`.
            delay_seconds: Shifts the query window back by this many seconds to allow
                for ingestion lag.
            enabled_times: Weekly windows in which the rule is active; empty means all
                day, every day.
            description: Rule description shown with its alerts.
            description_type: Format of `description`; empty means `text`.
            channel_ids: Channels that receive the alerts; empty lets the integration's
                routing decide.
            repeat_interval: Seconds between repeated notifications; below 1 means 3600.
            repeat_total: Most repeated notifications per alert; below 1 means 3.
            investigation_targets: Dashboards panels or Explore queries linked from the
                alert detail page. On update, leaving the field out keeps the current
                list and `[]` clears it.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "ds_type": ds_type,
            "enabled": enabled,
            "cron_pattern": cron_pattern,
            "rule_configs": rule_configs,
            "folder_id": folder_id,
            "labels": labels,
            "annotations": annotations,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "description": description,
            "description_type": description_type,
            "channel_ids": channel_ids,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "investigation_targets": investigation_targets,
        }
        return self._client.request(_RULES_V2_CREATE, args, **options)

    def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleV2:
        """Get one alert rule (v2).

        Returns an alert rule in the v2 shape, including how each check recovers and the
        dashboards linked as investigation targets.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/v2/info

        Args:
            id: Rule ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULES_V2_INFO, args, **options)

    def update(
        self,
        *,
        name: str,
        ds_type: str,
        enabled: bool,
        cron_pattern: str,
        rule_configs: MonitorRuleConfigsV2 | Mapping[str, Any],
        id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        description: str | Omit = OMIT,
        description_type: Literal["", "text", "markdown"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        investigation_targets: (
            SequenceNotStr[MonitorInvestigationTarget | Mapping[str, Any]] | Omit
        ) = OMIT,
        folder_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleV2:
        """Update an alert rule (v2).

        Replaces the configuration of an alert rule with a v2 one. The folder stays as
        it is (move rules with `monitors.rules.move`); leaving out
        `investigation_targets` keeps them, `[]` removes them. Turning the rule off
        clears its active alerts.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Alerting Rules Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /monit/rule/v2/update

        Args:
            name: Rule name; unique within its folder.
            ds_type: Data source type the rule queries, e.g. `prometheus`.
            enabled: Whether the rule runs; turning it off clears its active alerts.
            cron_pattern: Six-field cron with seconds, or `@every 30s`; no `TZ=` prefix
                (use `timezone`).
            rule_configs: How a v2 rule evaluates; its queries and up to three checks.
            id: Rule to update.
            labels: Labels added to every alert event of the rule.
            annotations: Extra key/value pairs sent with alert events; keys may not
                start with `$`.
            ds_list: Data source name patterns (wildcards allowed); merged with
                `ds_ids`.
            ds_ids: Data source IDs; merged with `ds_list`, and unaffected by renames.
            debug_log_enabled: Makes the edge log each evaluation in detail.
            timezone: IANA zone the schedule and time windows are read in; empty means
                `Asia/Shanghai`.
            delay_seconds: Shifts the query window back by this many seconds to allow
                for ingestion lag.
            enabled_times: Weekly windows in which the rule is active; empty means all
                day, every day.
            description: Rule description shown with its alerts.
            description_type: Format of `description`; empty means `text`.
            channel_ids: Channels that receive the alerts; empty lets the integration's
                routing decide.
            repeat_interval: Seconds between repeated notifications; below 1 means 3600.
            repeat_total: Most repeated notifications per alert; below 1 means 3.
            investigation_targets: Dashboards panels or Explore queries linked from the
                alert detail page. On update, leaving the field out keeps the current
                list and `[]` clears it.
            folder_id: Folder of the rule; it cannot be changed here.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "ds_type": ds_type,
            "enabled": enabled,
            "cron_pattern": cron_pattern,
            "rule_configs": rule_configs,
            "id": id,
            "labels": labels,
            "annotations": annotations,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "description": description,
            "description_type": description_type,
            "channel_ids": channel_ids,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "investigation_targets": investigation_targets,
            "folder_id": folder_id,
        }
        return self._client.request(_RULES_V2_UPDATE, args, **options)


class AsyncMonitorsRulesV2(AsyncResource):
    """Operations under `client.monitors.rules.v2`."""

    async def create(
        self,
        *,
        name: str,
        ds_type: str,
        enabled: bool,
        cron_pattern: str,
        rule_configs: MonitorRuleConfigsV2 | Mapping[str, Any],
        folder_id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        description: str | Omit = OMIT,
        description_type: Literal["", "text", "markdown"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        investigation_targets: (
            SequenceNotStr[MonitorInvestigationTarget | Mapping[str, Any]] | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleV2:
        """Create an alert rule (v2): the awaitable `MonitorsRulesV2.create`, documented there."""
        args = {
            "name": name,
            "ds_type": ds_type,
            "enabled": enabled,
            "cron_pattern": cron_pattern,
            "rule_configs": rule_configs,
            "folder_id": folder_id,
            "labels": labels,
            "annotations": annotations,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "description": description,
            "description_type": description_type,
            "channel_ids": channel_ids,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "investigation_targets": investigation_targets,
        }
        return await self._client.request(_RULES_V2_CREATE, args, **options)

    async def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleV2:
        """Get one alert rule (v2): the awaitable `MonitorsRulesV2.info`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULES_V2_INFO, args, **options)

    async def update(
        self,
        *,
        name: str,
        ds_type: str,
        enabled: bool,
        cron_pattern: str,
        rule_configs: MonitorRuleConfigsV2 | Mapping[str, Any],
        id: int,
        labels: Mapping[str, str] | Omit = OMIT,
        annotations: Mapping[str, str] | Omit = OMIT,
        ds_list: SequenceNotStr[str] | Omit = OMIT,
        ds_ids: SequenceNotStr[int] | Omit = OMIT,
        debug_log_enabled: bool | Omit = OMIT,
        timezone: str | Omit = OMIT,
        delay_seconds: int | Omit = OMIT,
        enabled_times: SequenceNotStr[MonitorEnabledTime | Mapping[str, Any]] | Omit = OMIT,
        description: str | Omit = OMIT,
        description_type: Literal["", "text", "markdown"] | EnumValue | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        repeat_interval: int | Omit = OMIT,
        repeat_total: int | Omit = OMIT,
        investigation_targets: (
            SequenceNotStr[MonitorInvestigationTarget | Mapping[str, Any]] | Omit
        ) = OMIT,
        folder_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleV2:
        """Update an alert rule (v2): the awaitable `MonitorsRulesV2.update`, documented there."""
        args = {
            "name": name,
            "ds_type": ds_type,
            "enabled": enabled,
            "cron_pattern": cron_pattern,
            "rule_configs": rule_configs,
            "id": id,
            "labels": labels,
            "annotations": annotations,
            "ds_list": ds_list,
            "ds_ids": ds_ids,
            "debug_log_enabled": debug_log_enabled,
            "timezone": timezone,
            "delay_seconds": delay_seconds,
            "enabled_times": enabled_times,
            "description": description,
            "description_type": description_type,
            "channel_ids": channel_ids,
            "repeat_interval": repeat_interval,
            "repeat_total": repeat_total,
            "investigation_targets": investigation_targets,
            "folder_id": folder_id,
        }
        return await self._client.request(_RULES_V2_UPDATE, args, **options)
