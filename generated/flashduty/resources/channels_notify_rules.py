"""`client.channels.notify_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from ..types.defs.channel_rule_created import ChannelRuleCreated
    from ..types.defs.filter_condition import FilterCondition
    from ..types.defs.notify_rule_list import NotifyRuleList
else:
    from .._deprecation import deprecated

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
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _NOTIFY_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _NOTIFY_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotifyRuleList:
        """List notification rules.

        Returns every notification rule of a channel. Unverified: the reference lists
        this operation but documents none of its fields, so the body shown mirrors the
        other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/notify/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _NOTIFY_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def delete(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
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
        """
        return self._client.request(
            _NOTIFY_RULES_DELETE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def enable(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
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
        """
        return self._client.request(
            _NOTIFY_RULES_ENABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def disable(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
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
        """
        return self._client.request(
            _NOTIFY_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannelsNotifyRules(AsyncResource):
    """Operations under `client.channels.notify_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelRuleCreated:
        """Create a notification rule: the awaitable `ChannelsNotifyRules.create`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a notification rule: the awaitable `ChannelsNotifyRules.update`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def list(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> NotifyRuleList:
        """List notification rules: the awaitable `ChannelsNotifyRules.list`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def delete(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a notification rule: the awaitable `ChannelsNotifyRules.delete`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_DELETE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def enable(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a notification rule: the awaitable `ChannelsNotifyRules.enable`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_ENABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def disable(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a notification rule: the awaitable `ChannelsNotifyRules.disable`, documented there."""
        return await self._client.request(
            _NOTIFY_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )
