"""`client.channels.silence_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.channel_rule_created import ChannelRuleCreated
    from ..types.defs.filter_condition import FilterCondition
    from ..types.defs.once_time_window import OnceTimeWindow
    from ..types.defs.recurring_time_window import RecurringTimeWindow
    from ..types.defs.silence_rule_list import SilenceRuleList

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "FilterCondition": "defs.filter_condition",
        "OnceTimeWindow": "defs.once_time_window",
        "RecurringTimeWindow": "defs.recurring_time_window",
        "SilenceRuleList": "defs.silence_rule_list",
    },
)

__all__ = ["ChannelsSilenceRules", "AsyncChannelsSilenceRules"]

_SILENCE_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/silence/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={
        "filters": ("FilterCondition", "ll"),
        "time_filter": ("OnceTimeWindow", ""),
        "time_filters": ("RecurringTimeWindow", "l"),
    },
)
_SILENCE_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/silence/rule/update",
    kind="none",
    types=_TYPES,
    models={
        "filters": ("FilterCondition", "ll"),
        "time_filter": ("OnceTimeWindow", ""),
        "time_filters": ("RecurringTimeWindow", "l"),
    },
)
_SILENCE_RULES_LIST: Endpoint[SilenceRuleList] = Endpoint(
    "POST",
    "/channel/silence/rule/list",
    kind="model",
    data="SilenceRuleList",
    types=_TYPES,
    idempotent=True,
)
_SILENCE_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/channel/silence/rule/delete", kind="none"
)
_SILENCE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/silence/rule/enable", kind="none"
)
_SILENCE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/silence/rule/disable", kind="none"
)


class ChannelsSilenceRules(SyncResource):
    """Operations under `client.channels.silence_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        is_auto_delete: bool | Omit = OMIT,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Mapping[str, Any] | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        from_incident_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create a silence rule.

        Mutes the alerts of a channel that match `filters` during a window: give either
        a one-off `time_filter` or recurring `time_filters`, and a non-empty `filters`.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/create

        Args:
            channel_id: Channel the rule belongs to.
            rule_name: Name of the rule (1-39 characters).
            is_auto_delete: Delete the rule automatically once its time window has
                passed.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            time_filter: A single time range between two instants.
            time_filters: Recurring windows; give either this or `time_filter`.
            is_directly_discard: Discard matching alerts instead of keeping them muted.
            from_incident_id: Incident this is a quick silence for. Such a rule must use
                `time_filter` and is deleted automatically when it expires.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "is_auto_delete": is_auto_delete,
            "description": description,
            "priority": priority,
            "filters": filters,
            "time_filter": time_filter,
            "time_filters": time_filters,
            "is_directly_discard": is_directly_discard,
            "from_incident_id": from_incident_id,
        }
        return self._client.request(_SILENCE_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        is_auto_delete: bool | Omit = OMIT,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Mapping[str, Any] | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a silence rule.

        Replaces a silence rule with the fields sent; as on creation, give exactly one
        of `time_filter` and `time_filters`, and a non-empty `filters`.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/update

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            rule_name: Name of the rule (1-39 characters).
            is_auto_delete: Delete the rule automatically once its time window has
                passed.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            time_filter: A single time range between two instants.
            time_filters: Recurring windows; give either this or `time_filter`.
            is_directly_discard: Discard matching alerts instead of keeping them muted.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "is_auto_delete": is_auto_delete,
            "description": description,
            "priority": priority,
            "filters": filters,
            "time_filter": time_filter,
            "time_filters": time_filters,
            "is_directly_discard": is_directly_discard,
        }
        return self._client.request(_SILENCE_RULES_UPDATE, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> SilenceRuleList:
        """List silence rules.

        Returns every silence rule of a channel, telling which are in effect right now.

        Permission: Channels Read.
        HTTP: POST /channel/silence/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_SILENCE_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a silence rule.

        Permanently removes a silence rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SILENCE_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a silence rule.

        Turns a disabled silence rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SILENCE_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a silence rule.

        Switches a silence rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SILENCE_RULES_DISABLE, args, **options)


class AsyncChannelsSilenceRules(AsyncResource):
    """Operations under `client.channels.silence_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        is_auto_delete: bool | Omit = OMIT,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Mapping[str, Any] | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        from_incident_id: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create a silence rule: the awaitable `ChannelsSilenceRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "is_auto_delete": is_auto_delete,
            "description": description,
            "priority": priority,
            "filters": filters,
            "time_filter": time_filter,
            "time_filters": time_filters,
            "is_directly_discard": is_directly_discard,
            "from_incident_id": from_incident_id,
        }
        return await self._client.request(_SILENCE_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        is_auto_delete: bool | Omit = OMIT,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Mapping[str, Any] | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a silence rule: the awaitable `ChannelsSilenceRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "is_auto_delete": is_auto_delete,
            "description": description,
            "priority": priority,
            "filters": filters,
            "time_filter": time_filter,
            "time_filters": time_filters,
            "is_directly_discard": is_directly_discard,
        }
        return await self._client.request(_SILENCE_RULES_UPDATE, args, **options)

    async def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> SilenceRuleList:
        """List silence rules: the awaitable `ChannelsSilenceRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_SILENCE_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a silence rule: the awaitable `ChannelsSilenceRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SILENCE_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a silence rule: the awaitable `ChannelsSilenceRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SILENCE_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a silence rule: the awaitable `ChannelsSilenceRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SILENCE_RULES_DISABLE, args, **options)
