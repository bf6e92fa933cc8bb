"""`client.channels.drop_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.channel_rule_created import ChannelRuleCreated
    from ..types.defs.drop_rule_list import DropRuleList
    from ..types.defs.filter_condition import FilterCondition

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "DropRuleList": "defs.drop_rule_list",
        "FilterCondition": "defs.filter_condition",
    },
)

__all__ = ["ChannelsDropRules", "AsyncChannelsDropRules"]

_DROP_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/unsubscribe/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_DROP_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/unsubscribe/rule/update",
    kind="none",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_DROP_RULES_LIST: Endpoint[DropRuleList] = Endpoint(
    "POST",
    "/channel/unsubscribe/rule/list",
    kind="model",
    data="DropRuleList",
    types=_TYPES,
    idempotent=True,
)
_DROP_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/channel/unsubscribe/rule/delete", kind="none"
)
_DROP_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/unsubscribe/rule/enable", kind="none"
)
_DROP_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/unsubscribe/rule/disable", kind="none"
)


class ChannelsDropRules(SyncResource):
    """Operations under `client.channels.drop_rules`."""

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
        """Create a drop rule.

        Discards the alerts matching `filters` before they reach the channel, so they
        never open incidents. (The API calls drop rules "unsubscribe" rules.)

        HTTP: POST /channel/unsubscribe/rule/create

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
        return self._client.request(_DROP_RULES_CREATE, args, **options)

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
        """Update a drop rule.

        Replaces a drop rule with the fields sent.

        HTTP: POST /channel/unsubscribe/rule/update

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
        return self._client.request(_DROP_RULES_UPDATE, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> DropRuleList:
        """List drop rules.

        Returns every drop rule of a channel.

        HTTP: POST /channel/unsubscribe/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_DROP_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a drop rule.

        Permanently removes a drop rule; disable it first.

        HTTP: POST /channel/unsubscribe/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_DROP_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a drop rule.

        Turns a disabled drop rule back on.

        HTTP: POST /channel/unsubscribe/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_DROP_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a drop rule.

        Switches a drop rule off but keeps it, so it can be enabled again.

        HTTP: POST /channel/unsubscribe/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_DROP_RULES_DISABLE, args, **options)


class AsyncChannelsDropRules(AsyncResource):
    """Operations under `client.channels.drop_rules`."""

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
        """Create a drop rule: the awaitable `ChannelsDropRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_DROP_RULES_CREATE, args, **options)

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
        """Update a drop rule: the awaitable `ChannelsDropRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_DROP_RULES_UPDATE, args, **options)

    async def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> DropRuleList:
        """List drop rules: the awaitable `ChannelsDropRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_DROP_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a drop rule: the awaitable `ChannelsDropRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_DROP_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a drop rule: the awaitable `ChannelsDropRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_DROP_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a drop rule: the awaitable `ChannelsDropRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_DROP_RULES_DISABLE, args, **options)
