"""`client.monitors.rules.audits`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_rule_audit import MonitorRuleAudit

_TYPES = TypeNames(
    __name__,
    {
        "MonitorRuleAudit": "defs.monitor_rule_audit",
    },
)

__all__ = ["MonitorsRulesAudits", "AsyncMonitorsRulesAudits"]

_RULES_AUDITS_LIST: Endpoint[List[MonitorRuleAudit]] = Endpoint(
    "POST",
    "/monit/rule/audits",
    kind="list",
    data=lambda: generic(List, _TYPES["MonitorRuleAudit"]),
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


class MonitorsRulesAudits(SyncResource):
    """Operations under `client.monitors.rules.audits`."""

    def list(self, *, id: int, **options: Unpack[RequestOptions]) -> List[MonitorRuleAudit]:
        """List the change history of an alert rule.

        Shows a rule's change history, latest change first. Rule snapshots are not part
        of this listing; look a record up with `monitors.rules.audits.info` to see the
        rule as it was.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/audits

        Args:
            id: Rule whose history to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULES_AUDITS_LIST, args, **options)

    def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleAudit:
        """Get one audit record of an alert rule.

        Returns an audit record with `content`, the rule as it stood after that change,
        as a JSON string. Pass the record's ID from `monitors.rules.audits.list`, not
        the rule's ID.

        Permission: Alerting Rules Read.
        HTTP: POST /monit/rule/audit/detail

        Args:
            id: Audit record ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULES_AUDITS_INFO, args, **options)


class AsyncMonitorsRulesAudits(AsyncResource):
    """Operations under `client.monitors.rules.audits`."""

    async def list(self, *, id: int, **options: Unpack[RequestOptions]) -> List[MonitorRuleAudit]:
        """List the change history of an alert rule: the awaitable `MonitorsRulesAudits.list`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULES_AUDITS_LIST, args, **options)

    async def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleAudit:
        """Get one audit record of an alert rule: the awaitable `MonitorsRulesAudits.info`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULES_AUDITS_INFO, args, **options)
