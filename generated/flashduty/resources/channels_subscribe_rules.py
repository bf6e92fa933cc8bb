"""`client.channels.subscribe_rules`. Generated from spec/; do not edit."""

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
    from ..types.defs.subscribe_rule_list import SubscribeRuleList

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "FilterCondition": "defs.filter_condition",
        "SubscribeRuleList": "defs.subscribe_rule_list",
    },
)

__all__ = ["ChannelsSubscribeRules", "AsyncChannelsSubscribeRules"]

_SUBSCRIBE_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/subscribe/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_SUBSCRIBE_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/subscribe/rule/update",
    kind="none",
    types=_TYPES,
    models={"filters": ("FilterCondition", "ll")},
)
_SUBSCRIBE_RULES_LIST: Endpoint[SubscribeRuleList] = Endpoint(
    "POST",
    "/channel/subscribe/rule/list",
    kind="model",
    data="SubscribeRuleList",
    types=_TYPES,
    idempotent=True,
)
_SUBSCRIBE_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/channel/subscribe/rule/delete", kind="none"
)
_SUBSCRIBE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/subscribe/rule/enable", kind="none"
)
_SUBSCRIBE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/subscribe/rule/disable", kind="none"
)


class ChannelsSubscribeRules(SyncResource):
    """Operations under `client.channels.subscribe_rules`."""

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
        """Create a subscription rule.

        Adds a subscription rule to a channel: which incidents of the channel its
        subscribers follow. Unverified: known only from the product catalog; the body
        mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/create

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
        return self._client.request(_SUBSCRIBE_RULES_CREATE, args, **options)

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
        """Update a subscription rule.

        Replaces a subscription rule with the fields sent. Unverified: known only from
        the product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/update

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
        return self._client.request(_SUBSCRIBE_RULES_UPDATE, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> SubscribeRuleList:
        """List subscription rules.

        Returns every subscription rule of a channel. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_SUBSCRIBE_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a subscription rule.

        Permanently removes a subscription rule. Unverified: known only from the product
        catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SUBSCRIBE_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable a subscription rule.

        Turns a disabled subscription rule back on. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SUBSCRIBE_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable a subscription rule.

        Switches a subscription rule off but keeps it. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_SUBSCRIBE_RULES_DISABLE, args, **options)


class AsyncChannelsSubscribeRules(AsyncResource):
    """Operations under `client.channels.subscribe_rules`."""

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
        """Create a subscription rule: the awaitable `ChannelsSubscribeRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_SUBSCRIBE_RULES_CREATE, args, **options)

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
        """Update a subscription rule: the awaitable `ChannelsSubscribeRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "priority": priority,
            "filters": filters,
        }
        return await self._client.request(_SUBSCRIBE_RULES_UPDATE, args, **options)

    async def list(
        self, *, channel_id: int, **options: Unpack[RequestOptions]
    ) -> SubscribeRuleList:
        """List subscription rules: the awaitable `ChannelsSubscribeRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_SUBSCRIBE_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a subscription rule: the awaitable `ChannelsSubscribeRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SUBSCRIBE_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable a subscription rule: the awaitable `ChannelsSubscribeRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SUBSCRIBE_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable a subscription rule: the awaitable `ChannelsSubscribeRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_SUBSCRIBE_RULES_DISABLE, args, **options)
