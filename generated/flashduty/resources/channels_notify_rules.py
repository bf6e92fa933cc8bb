"""`client.channels.notify_rules`. Generated from spec/; do not edit."""

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
    from ..types.defs.notify_rule_list import NotifyRuleList

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "FilterCondition": "defs.filter_condition",
        "NotifyRuleList": "defs.notify_rule_list",
    },
)

__all__ = ["ChannelsNotifyRules", "AsyncChannelsNotifyRules"]

_NOTIFY_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/notify/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_NOTIFY_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/notify/rule/update",
    kind="none",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_NOTIFY_RULES_LIST: Endpoint[NotifyRuleList] = Endpoint(
    "POST",
    "/channel/notify/rule/list",
    kind="model",
    data="NotifyRuleList",
    types=_TYPES,
    idempotent=True,
)
_NOTIFY_RULES_DELETE: Endpoint[None] = Endpoint("POST", "/channel/notify/rule/delete", kind="none")
_NOTIFY_RULES_ENABLE: Endpoint[None] = Endpoint("POST", "/channel/notify/rule/enable", kind="none")
_NOTIFY_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/notify/rule/disable", kind="none"
)


class ChannelsNotifyRules(SyncResource):
    """Operations under `client.channels.notify_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create a notification rule.

        Adds a notification rule to a channel: which incidents of the channel trigger
        notifications. Unverified: the reference lists this operation but documents none
        of its fields, so the body shown mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Channels Manage.
        HTTP: POST /channel/notify/rule/create

        Args:
            channel_id: Channel the rule belongs to.
            rule_name: Name of the rule (1-39 characters).
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return self._client.request(_NOTIFY_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a notification rule.

        Replaces a notification rule with the fields sent. Unverified: the reference
        lists this operation but documents none of its fields, so the body shown mirrors
        the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Channels Manage.
        HTTP: POST /channel/notify/rule/update

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            rule_name: Name of the rule (1-39 characters).
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return self._client.request(_NOTIFY_RULES_UPDATE, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> NotifyRuleList:
        """List notification rules.

        Returns every notification rule of a channel. Unverified: the reference lists
        this operation but documents none of its fields, so the body shown mirrors the
        other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/notify/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_NOTIFY_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a notification rule.

        Permanently removes a notification rule. Unverified: the reference lists this
        operation but documents none of its fields, so the body shown mirrors the other
        channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Channels Manage.
        HTTP: POST /channel/notify/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_NOTIFY_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a notification rule.

        Turns a disabled notification rule back on. Unverified: the reference lists this
        operation but documents none of its fields, so the body shown mirrors the other
        channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Channels Manage.
        HTTP: POST /channel/notify/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_NOTIFY_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a notification rule.

        Switches a notification rule off but keeps it. Unverified: the reference lists
        this operation but documents none of its fields, so the body shown mirrors the
        other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        Permission: Channels Manage.
        HTTP: POST /channel/notify/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_NOTIFY_RULES_DISABLE, args, **options)


class AsyncChannelsNotifyRules(AsyncResource):
    """Operations under `client.channels.notify_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create a notification rule: the awaitable `ChannelsNotifyRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_NOTIFY_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a notification rule: the awaitable `ChannelsNotifyRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_NOTIFY_RULES_UPDATE, args, **options)

    async def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> NotifyRuleList:
        """List notification rules: the awaitable `ChannelsNotifyRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_NOTIFY_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a notification rule: the awaitable `ChannelsNotifyRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_NOTIFY_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a notification rule: the awaitable `ChannelsNotifyRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_NOTIFY_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a notification rule: the awaitable `ChannelsNotifyRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_NOTIFY_RULES_DISABLE, args, **options)
