"""`client.monitors.rules.counters`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_rule_count_sample import MonitorRuleCountSample
    from ..types.defs.monitor_rule_folder_status import MonitorRuleFolderStatus

_TYPES = TypeNames(
    __name__,
    {
        "MonitorRuleCountSample": "defs.monitor_rule_count_sample",
        "MonitorRuleFolderStatus": "defs.monitor_rule_folder_status",
    },
)

__all__ = ["MonitorsRulesCounters", "AsyncMonitorsRulesCounters"]

_RULES_COUNTERS_TOTAL: Endpoint[List[MonitorRuleCountSample]] = Endpoint(
    "POST",
    "/monit/rule/counter/total",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleCountSample"]),
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_BY_FOLDER: Endpoint[Dict[str, int]] = Endpoint(
    "POST",
    "/monit/rule/counter/node",
    kind="value",
    data=lambda: generic(Dict, str, int),
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_BY_CHANNEL: Endpoint[Dict[str, int]] = Endpoint(
    "POST",
    "/monit/rule/counter/channel",
    kind="value",
    data=lambda: generic(Dict, str, int),
    types=_TYPES,
    idempotent=True,
)
_RULES_COUNTERS_STATUS: Endpoint[List[MonitorRuleFolderStatus]] = Endpoint(
    "POST",
    "/monit/rule/counter/status",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleFolderStatus"]),
    types=_TYPES,
    idempotent=True,
)


class MonitorsRulesCounters(SyncResource):
    """Operations under `client.monitors.rules.counters`."""

    def total(self, **options: Unpack[RequestOptions]) -> List[MonitorRuleCountSample]:
        """Get the history of the rule count.

        Gives the account's rule count over time as periodic snapshots in chronological
        order, handy for a trend chart.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/total

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_RULES_COUNTERS_TOTAL, args, **options)

    def by_folder(self, **options: Unpack[RequestOptions]) -> Dict[str, int]:
        """Count rules per top-level folder.

        Totals the rules under each top-level folder, subfolders included, keyed by
        folder name.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/node

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_RULES_COUNTERS_BY_FOLDER, args, **options)

    def by_channel(self, **options: Unpack[RequestOptions]) -> Dict[str, int]:
        """Count rules per channel.

        Tells, per channel, how many rules deliver their alerts there, keyed by channel
        name. A channel whose name cannot be resolved shows up under its ID, written as
        a string.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/channel

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_RULES_COUNTERS_BY_CHANNEL, args, **options)

    def status(self, **options: Unpack[RequestOptions]) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per top-level folder.

        Feeds the overview page: for every top-level folder, the number of rules
        anywhere beneath it and how many of them are firing.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/counter/status

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_RULES_COUNTERS_STATUS, args, **options)


class AsyncMonitorsRulesCounters(AsyncResource):
    """Operations under `client.monitors.rules.counters`."""

    async def total(self, **options: Unpack[RequestOptions]) -> List[MonitorRuleCountSample]:
        """Get the history of the rule count: the awaitable `MonitorsRulesCounters.total`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_RULES_COUNTERS_TOTAL, args, **options)

    async def by_folder(self, **options: Unpack[RequestOptions]) -> Dict[str, int]:
        """Count rules per top-level folder: the awaitable `MonitorsRulesCounters.by_folder`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_RULES_COUNTERS_BY_FOLDER, args, **options)

    async def by_channel(self, **options: Unpack[RequestOptions]) -> Dict[str, int]:
        """Count rules per channel: the awaitable `MonitorsRulesCounters.by_channel`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_RULES_COUNTERS_BY_CHANNEL, args, **options)

    async def status(self, **options: Unpack[RequestOptions]) -> List[MonitorRuleFolderStatus]:
        """Count firing rules per top-level folder: the awaitable `MonitorsRulesCounters.status`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_RULES_COUNTERS_STATUS, args, **options)
