"""`client.channels.inhibit_rules`. Generated from spec/; do not edit."""

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
    from ..types.defs.inhibit_rule_list import InhibitRuleList

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "FilterCondition": "defs.filter_condition",
        "InhibitRuleList": "defs.inhibit_rule_list",
    },
)

__all__ = ["ChannelsInhibitRules", "AsyncChannelsInhibitRules"]

_INHIBIT_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/inhibit/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={
        "source_filters": ("FilterCondition", "ll"),
        "target_filters": ("FilterCondition", "ll"),
    },
)
_INHIBIT_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/inhibit/rule/update",
    kind="none",
    types=_TYPES,
    models={
        "source_filters": ("FilterCondition", "ll"),
        "target_filters": ("FilterCondition", "ll"),
    },
)
_INHIBIT_RULES_LIST: Endpoint[InhibitRuleList] = Endpoint(
    "POST",
    "/channel/inhibit/rule/list",
    kind="model",
    data="InhibitRuleList",
    types=_TYPES,
    idempotent=True,
)
_INHIBIT_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/channel/inhibit/rule/delete", kind="none"
)
_INHIBIT_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/inhibit/rule/enable", kind="none"
)
_INHIBIT_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/inhibit/rule/disable", kind="none"
)


class ChannelsInhibitRules(SyncResource):
    """Operations under `client.channels.inhibit_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        equals: SequenceNotStr[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        target_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create an inhibit rule.

        Suppresses lesser alerts while a related, more important one is active: when an
        alert matching `source_filters` fires, alerts matching `target_filters` with the
        same `equals` fields are held back.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/create

        Args:
            channel_id: Channel the rule belongs to.
            rule_name: Name of the rule (1-39 characters).
            equals: Fields a source and a target alert must share: attributes such as
                `title`, `severity`, `status`, or labels as `labels.<name>`.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            source_filters: Conditions an alert must meet to inhibit others.
            target_filters: Conditions of the alerts that get inhibited.
            is_directly_discard: Discard suppressed alerts instead of keeping them.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "equals": equals,
            "description": description,
            "priority": priority,
            "source_filters": source_filters,
            "target_filters": target_filters,
            "is_directly_discard": is_directly_discard,
        }
        return self._client.request(_INHIBIT_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        equals: SequenceNotStr[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        target_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an inhibit rule.

        Replaces an inhibit rule with the fields sent.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/update

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            rule_name: Name of the rule (1-39 characters).
            equals: Fields a source and a target alert must share: attributes such as
                `title`, `severity`, `status`, or labels as `labels.<name>`.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            source_filters: Conditions an alert must meet to inhibit others.
            target_filters: Conditions of the alerts that get inhibited.
            is_directly_discard: Discard suppressed alerts instead of keeping them.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "equals": equals,
            "description": description,
            "priority": priority,
            "source_filters": source_filters,
            "target_filters": target_filters,
            "is_directly_discard": is_directly_discard,
        }
        return self._client.request(_INHIBIT_RULES_UPDATE, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> InhibitRuleList:
        """List inhibit rules.

        Returns every inhibit rule of a channel.

        Permission: Channels Read.
        HTTP: POST /channel/inhibit/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_INHIBIT_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an inhibit rule.

        Permanently removes an inhibit rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_INHIBIT_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an inhibit rule.

        Turns a disabled inhibit rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_INHIBIT_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an inhibit rule.

        Switches an inhibit rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_INHIBIT_RULES_DISABLE, args, **options)


class AsyncChannelsInhibitRules(AsyncResource):
    """Operations under `client.channels.inhibit_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        equals: SequenceNotStr[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        target_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create an inhibit rule: the awaitable `ChannelsInhibitRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "equals": equals,
            "description": description,
            "priority": priority,
            "source_filters": source_filters,
            "target_filters": target_filters,
            "is_directly_discard": is_directly_discard,
        }
        return await self._client.request(_INHIBIT_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        equals: SequenceNotStr[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        target_filters: (
            SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit
        ) = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an inhibit rule: the awaitable `ChannelsInhibitRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "equals": equals,
            "description": description,
            "priority": priority,
            "source_filters": source_filters,
            "target_filters": target_filters,
            "is_directly_discard": is_directly_discard,
        }
        return await self._client.request(_INHIBIT_RULES_UPDATE, args, **options)

    async def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> InhibitRuleList:
        """List inhibit rules: the awaitable `ChannelsInhibitRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_INHIBIT_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete an inhibit rule: the awaitable `ChannelsInhibitRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_INHIBIT_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable an inhibit rule: the awaitable `ChannelsInhibitRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_INHIBIT_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable an inhibit rule: the awaitable `ChannelsInhibitRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_INHIBIT_RULES_DISABLE, args, **options)
