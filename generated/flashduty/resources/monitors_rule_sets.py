"""`client.monitors.rule_sets`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal

from .._endpoint import Endpoint, TypeNames, generic
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.monitor_rule_set import MonitorRuleSet

_TYPES = TypeNames(
    __name__,
    {
        "MonitorRuleSet": "defs.monitor_rule_set",
    },
)

__all__ = ["MonitorsRuleSets", "AsyncMonitorsRuleSets"]

_RULE_SETS_CREATE: Endpoint[MonitorRuleSet] = Endpoint(
    "POST", "/monit/store/ruleset/create", kind="model", data="MonitorRuleSet", types=_TYPES
)
_RULE_SETS_UPDATE: Endpoint[MonitorRuleSet] = Endpoint(
    "POST", "/monit/store/ruleset/update", kind="model", data="MonitorRuleSet", types=_TYPES
)
_RULE_SETS_DELETE: Endpoint[None] = Endpoint("POST", "/monit/store/ruleset/delete", kind="none")
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
    data=lambda: generic(List, _TYPES["MonitorRuleSet"]),
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
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"type_ident": type_ident, "note": note, "payload": payload, "open_flag": open_flag}
        return self._client.request(_RULE_SETS_CREATE, args, **options)

    def update(
        self,
        *,
        id: int,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id, "note": note, "payload": payload, "open_flag": open_flag}
        return self._client.request(_RULE_SETS_UPDATE, args, **options)

    def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a rule set.

        Permanently deletes one rule set of the rule repository.

        Permission: Rule Repository Manage.
        HTTP: POST /monit/store/ruleset/delete

        Args:
            id: Rule set to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULE_SETS_DELETE, args, **options)

    def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleSet:
        """Get one rule set.

        Returns a rule set including `payload`, its rule definitions as a JSON string.

        Permission: Rule Repository Read.
        HTTP: POST /monit/store/ruleset/info

        Args:
            id: Rule set ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"id": id}
        return self._client.request(_RULE_SETS_INFO, args, **options)

    def list(self, *, type_ident: str, **options: Unpack[RequestOptions]) -> List[MonitorRuleSet]:
        """List rule sets.

        Returns the rule sets for one data source type that you may see: public ones,
        your account's shared ones and your own private ones. `payload` is left out; use
        `monitors.rule_sets.info` for it. Not paginated.

        Permission: Rule Repository Read.
        HTTP: POST /monit/store/ruleset/list

        Args:
            type_ident: Data source type to list rule sets for, e.g. `prometheus`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"type_ident": type_ident}
        return self._client.request(_RULE_SETS_LIST, args, **options)


class AsyncMonitorsRuleSets(AsyncResource):
    """Operations under `client.monitors.rule_sets`."""

    async def create(
        self,
        *,
        type_ident: str,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleSet:
        """Create a rule set: the awaitable `MonitorsRuleSets.create`, documented there."""
        args = {"type_ident": type_ident, "note": note, "payload": payload, "open_flag": open_flag}
        return await self._client.request(_RULE_SETS_CREATE, args, **options)

    async def update(
        self,
        *,
        id: int,
        note: str,
        payload: str,
        open_flag: Literal[0, 1, 2] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MonitorRuleSet:
        """Update a rule set: the awaitable `MonitorsRuleSets.update`, documented there."""
        args = {"id": id, "note": note, "payload": payload, "open_flag": open_flag}
        return await self._client.request(_RULE_SETS_UPDATE, args, **options)

    async def delete(self, *, id: int, **options: Unpack[RequestOptions]) -> None:
        """Delete a rule set: the awaitable `MonitorsRuleSets.delete`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULE_SETS_DELETE, args, **options)

    async def info(self, *, id: int, **options: Unpack[RequestOptions]) -> MonitorRuleSet:
        """Get one rule set: the awaitable `MonitorsRuleSets.info`, documented there."""
        args = {"id": id}
        return await self._client.request(_RULE_SETS_INFO, args, **options)

    async def list(
        self, *, type_ident: str, **options: Unpack[RequestOptions]
    ) -> List[MonitorRuleSet]:
        """List rule sets: the awaitable `MonitorsRuleSets.list`, documented there."""
        args = {"type_ident": type_ident}
        return await self._client.request(_RULE_SETS_LIST, args, **options)
