"""`client.channels.escalate_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.channel_rule_created import ChannelRuleCreated
    from ..types.defs.escalate_layer import EscalateLayer
    from ..types.defs.escalate_rule import EscalateRule
    from ..types.defs.escalate_rule_list import EscalateRuleList
    from ..types.defs.filter_condition import FilterCondition
    from ..types.defs.recurring_time_window import RecurringTimeWindow
    from ..types.defs.webhook_robot_list import WebhookRobotList

_TYPES = TypeNames(
    __name__,
    {
        "ChannelRuleCreated": "defs.channel_rule_created",
        "EscalateLayer": "defs.escalate_layer",
        "EscalateRule": "defs.escalate_rule",
        "EscalateRuleList": "defs.escalate_rule_list",
        "FilterCondition": "defs.filter_condition",
        "RecurringTimeWindow": "defs.recurring_time_window",
        "WebhookRobotList": "defs.webhook_robot_list",
    },
)

__all__ = ["ChannelsEscalateRules", "AsyncChannelsEscalateRules"]

_ESCALATE_RULES_CREATE: Endpoint[ChannelRuleCreated] = Endpoint(
    "POST",
    "/channel/escalate/rule/create",
    kind="model",
    data="ChannelRuleCreated",
    types=_TYPES,
    models={
        "layers": ("EscalateLayer", "l"),
        "time_filters": ("RecurringTimeWindow", "l"),
        "filters": ("FilterCondition", "ll"),
    },
)
_ESCALATE_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/escalate/rule/update",
    kind="none",
    types=_TYPES,
    models={
        "layers": ("EscalateLayer", "l"),
        "time_filters": ("RecurringTimeWindow", "l"),
        "filters": ("FilterCondition", "ll"),
    },
)
_ESCALATE_RULES_INFO: Endpoint[EscalateRule] = Endpoint(
    "POST",
    "/channel/escalate/rule/info",
    kind="model",
    data="EscalateRule",
    types=_TYPES,
    idempotent=True,
)
_ESCALATE_RULES_LIST: Endpoint[EscalateRuleList] = Endpoint(
    "POST",
    "/channel/escalate/rule/list",
    kind="model",
    data="EscalateRuleList",
    types=_TYPES,
    idempotent=True,
)
_ESCALATE_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/channel/escalate/rule/delete", kind="none"
)
_ESCALATE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/escalate/rule/enable", kind="none"
)
_ESCALATE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/channel/escalate/rule/disable", kind="none"
)
_ESCALATE_RULES_LIST_ROBOTS: Endpoint[WebhookRobotList] = Endpoint(
    "POST",
    "/channel/escalate/webhook/robot/list",
    kind="model",
    data="WebhookRobotList",
    types=_TYPES,
    idempotent=True,
)


class ChannelsEscalateRules(SyncResource):
    """Operations under `client.channels.escalate_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        template_id: str,
        layers: SequenceNotStr[EscalateLayer | Mapping[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create an escalation rule.

        Adds an escalation rule to a channel: which incidents it covers (`filters`,
        `time_filters`) and who is notified at each level until someone acknowledges.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/create

        Args:
            channel_id: Channel the rule belongs to.
            rule_name: Name of the rule (1-39 characters).
            template_id: Notification template used to render messages.
            layers: The levels, first to last; one or more.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            aggr_window: Seconds to batch notifications; 0 sends each at once.
            time_filters: When the rule applies; omit for always.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "template_id": template_id,
            "layers": layers,
            "description": description,
            "priority": priority,
            "aggr_window": aggr_window,
            "time_filters": time_filters,
            "filters": filters,
        }
        return self._client.request(_ESCALATE_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        template_id: str,
        layers: SequenceNotStr[EscalateLayer | Mapping[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an escalation rule.

        Rewrites an escalation rule. Send its whole definition - levels, filters and
        time windows - not only the parts that change.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/update

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            rule_name: Name of the rule (1-39 characters).
            template_id: Notification template used to render messages.
            layers: The levels, first to last; one or more.
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            aggr_window: Seconds to batch notifications; 0 sends each at once.
            time_filters: When the rule applies; omit for always.
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
            "template_id": template_id,
            "layers": layers,
            "description": description,
            "priority": priority,
            "aggr_window": aggr_window,
            "time_filters": time_filters,
            "filters": filters,
        }
        return self._client.request(_ESCALATE_RULES_UPDATE, args, **options)

    def info(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> EscalateRule:
        """Get one escalation rule.

        Returns an escalation rule with its levels, targets, filters and time windows.

        Permission: Channels Read.
        HTTP: POST /channel/escalate/rule/info

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_ESCALATE_RULES_INFO, args, **options)

    def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> EscalateRuleList:
        """List escalation rules.

        Returns every escalation rule of a channel, in evaluation order.

        Permission: Channels Read.
        HTTP: POST /channel/escalate/rule/list

        Args:
            channel_id: Channel whose rules to list.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id}
        return self._client.request(_ESCALATE_RULES_LIST, args, **options)

    def delete(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an escalation rule.

        Permanently removes an escalation rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_ESCALATE_RULES_DELETE, args, **options)

    def enable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an escalation rule.

        Turns a disabled escalation rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_ESCALATE_RULES_ENABLE, args, **options)

    def disable(self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an escalation rule.

        Switches an escalation rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return self._client.request(_ESCALATE_RULES_DISABLE, args, **options)

    def list_robots(
        self,
        *,
        query: str | Omit = OMIT,
        type: Literal["feishu", "wecom", "dingtalk", "zoom", "slack"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WebhookRobotList:
        """List chat robots.

        Lists the group-chat robots (incoming webhooks) configured in escalation rules
        across the account, with the rules that use each one. Handy to reuse a robot in
        a new rule.

        HTTP: POST /channel/escalate/webhook/robot/list

        Args:
            query: Search robots by token or alias.
            type: Only robots of this kind.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"query": query, "type": type}
        return self._client.request(_ESCALATE_RULES_LIST_ROBOTS, args, **options)


class AsyncChannelsEscalateRules(AsyncResource):
    """Operations under `client.channels.escalate_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        template_id: str,
        layers: SequenceNotStr[EscalateLayer | Mapping[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> ChannelRuleCreated:
        """Create an escalation rule: the awaitable `ChannelsEscalateRules.create`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_name": rule_name,
            "template_id": template_id,
            "layers": layers,
            "description": description,
            "priority": priority,
            "aggr_window": aggr_window,
            "time_filters": time_filters,
            "filters": filters,
        }
        return await self._client.request(_ESCALATE_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        channel_id: int,
        rule_id: str,
        rule_name: str,
        template_id: str,
        layers: SequenceNotStr[EscalateLayer | Mapping[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: SequenceNotStr[RecurringTimeWindow | Mapping[str, Any]] | Omit = OMIT,
        filters: SequenceNotStr[SequenceNotStr[FilterCondition | Mapping[str, Any]]] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an escalation rule: the awaitable `ChannelsEscalateRules.update`, documented there."""
        args = {
            "channel_id": channel_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "template_id": template_id,
            "layers": layers,
            "description": description,
            "priority": priority,
            "aggr_window": aggr_window,
            "time_filters": time_filters,
            "filters": filters,
        }
        return await self._client.request(_ESCALATE_RULES_UPDATE, args, **options)

    async def info(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> EscalateRule:
        """Get one escalation rule: the awaitable `ChannelsEscalateRules.info`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_ESCALATE_RULES_INFO, args, **options)

    async def list(self, *, channel_id: int, **options: Unpack[RequestOptions]) -> EscalateRuleList:
        """List escalation rules: the awaitable `ChannelsEscalateRules.list`, documented there."""
        args = {"channel_id": channel_id}
        return await self._client.request(_ESCALATE_RULES_LIST, args, **options)

    async def delete(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete an escalation rule: the awaitable `ChannelsEscalateRules.delete`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_ESCALATE_RULES_DELETE, args, **options)

    async def enable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Enable an escalation rule: the awaitable `ChannelsEscalateRules.enable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_ESCALATE_RULES_ENABLE, args, **options)

    async def disable(
        self, *, channel_id: int, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Disable an escalation rule: the awaitable `ChannelsEscalateRules.disable`, documented there."""
        args = {"channel_id": channel_id, "rule_id": rule_id}
        return await self._client.request(_ESCALATE_RULES_DISABLE, args, **options)

    async def list_robots(
        self,
        *,
        query: str | Omit = OMIT,
        type: Literal["feishu", "wecom", "dingtalk", "zoom", "slack"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WebhookRobotList:
        """List chat robots: the awaitable `ChannelsEscalateRules.list_robots`, documented there."""
        args = {"query": query, "type": type}
        return await self._client.request(_ESCALATE_RULES_LIST_ROBOTS, args, **options)
