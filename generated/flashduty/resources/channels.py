"""The `channels` resources. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from typing_extensions import deprecated

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from ..types.defs.alert_grouping import AlertGrouping
    from ..types.defs.channel import Channel
    from ..types.defs.channel_brief_list import ChannelBriefList
    from ..types.defs.channel_created import ChannelCreated
    from ..types.defs.channel_default_escalation import ChannelDefaultEscalation
    from ..types.defs.channel_page import ChannelPage
    from ..types.defs.channel_rule_created import ChannelRuleCreated
    from ..types.defs.channel_updated import ChannelUpdated
    from ..types.defs.drop_rule_list import DropRuleList
    from ..types.defs.escalate_layer import EscalateLayer
    from ..types.defs.escalate_rule import EscalateRule
    from ..types.defs.escalate_rule_list import EscalateRuleList
    from ..types.defs.filter_condition import FilterCondition
    from ..types.defs.flapping import Flapping
    from ..types.defs.inhibit_rule_list import InhibitRuleList
    from ..types.defs.notify_rule_list import NotifyRuleList
    from ..types.defs.once_time_window import OnceTimeWindow
    from ..types.defs.recurring_time_window import RecurringTimeWindow
    from ..types.defs.route_case import RouteCase
    from ..types.defs.route_default import RouteDefault
    from ..types.defs.route_draft import RouteDraft
    from ..types.defs.route_history import RouteHistory
    from ..types.defs.route_history_page import RouteHistoryPage
    from ..types.defs.route_preview_list import RoutePreviewList
    from ..types.defs.route_rule import RouteRule
    from ..types.defs.route_rule_list import RouteRuleList
    from ..types.defs.route_section import RouteSection
    from ..types.defs.silence_rule_list import SilenceRuleList
    from ..types.defs.subscribe_rule_list import SubscribeRuleList
    from ..types.defs.webhook_robot_list import WebhookRobotList

_TYPES = TypeNames(
    __name__,
    {
        "AlertGrouping": "defs.alert_grouping",
        "Channel": "defs.channel",
        "ChannelBriefList": "defs.channel_brief_list",
        "ChannelCreated": "defs.channel_created",
        "ChannelDefaultEscalation": "defs.channel_default_escalation",
        "ChannelPage": "defs.channel_page",
        "ChannelRuleCreated": "defs.channel_rule_created",
        "ChannelUpdated": "defs.channel_updated",
        "DropRuleList": "defs.drop_rule_list",
        "EscalateLayer": "defs.escalate_layer",
        "EscalateRule": "defs.escalate_rule",
        "EscalateRuleList": "defs.escalate_rule_list",
        "FilterCondition": "defs.filter_condition",
        "Flapping": "defs.flapping",
        "InhibitRuleList": "defs.inhibit_rule_list",
        "NotifyRuleList": "defs.notify_rule_list",
        "OnceTimeWindow": "defs.once_time_window",
        "RecurringTimeWindow": "defs.recurring_time_window",
        "RouteCase": "defs.route_case",
        "RouteDefault": "defs.route_default",
        "RouteDraft": "defs.route_draft",
        "RouteHistory": "defs.route_history",
        "RouteHistoryPage": "defs.route_history_page",
        "RoutePreviewList": "defs.route_preview_list",
        "RouteRule": "defs.route_rule",
        "RouteRuleList": "defs.route_rule_list",
        "RouteSection": "defs.route_section",
        "SilenceRuleList": "defs.silence_rule_list",
        "SubscribeRuleList": "defs.subscribe_rule_list",
        "WebhookRobotList": "defs.webhook_robot_list",
    },
)

__all__ = [
    "Channels",
    "AsyncChannels",
    "ChannelsEscalateRules",
    "AsyncChannelsEscalateRules",
    "ChannelsSilenceRules",
    "AsyncChannelsSilenceRules",
    "ChannelsInhibitRules",
    "AsyncChannelsInhibitRules",
    "ChannelsDropRules",
    "AsyncChannelsDropRules",
    "ChannelsNotifyRules",
    "AsyncChannelsNotifyRules",
    "ChannelsSubscribeRules",
    "AsyncChannelsSubscribeRules",
    "ChannelsRoutes",
    "AsyncChannelsRoutes",
]

_CREATE: Endpoint[ChannelCreated] = Endpoint(
    "POST",
    "/channel/create",
    kind="model",
    data="ChannelCreated",
    types=_TYPES,
    models={
        "escalate_rule": ("ChannelDefaultEscalation", ""),
        "group": ("AlertGrouping", ""),
        "flapping": ("Flapping", ""),
    },
)
_UPDATE: Endpoint[ChannelUpdated] = Endpoint(
    "POST",
    "/channel/update",
    kind="model",
    data="ChannelUpdated",
    types=_TYPES,
    models={"group": ("AlertGrouping", ""), "flapping": ("Flapping", "")},
)
_INFO: Endpoint[Channel] = Endpoint(
    "POST",
    "/channel/info",
    kind="model",
    data="Channel",
    types=_TYPES,
    idempotent=True,
)
_LIST_BY_IDS: Endpoint[ChannelBriefList] = Endpoint(
    "POST",
    "/channel/infos",
    kind="model",
    data="ChannelBriefList",
    types=_TYPES,
    idempotent=True,
)
_LIST: Endpoint[ChannelPage] = Endpoint(
    "POST",
    "/channel/list",
    kind="page",
    data="ChannelPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/delete",
    kind="none",
)
_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/enable",
    kind="none",
)
_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/disable",
    kind="none",
)
_REORDER: Endpoint[None] = Endpoint(
    "POST",
    "/channel/reorder",
    kind="none",
)
_STAR: Endpoint[None] = Endpoint(
    "POST",
    "/channel/star",
    kind="none",
)
_UNSTAR: Endpoint[None] = Endpoint(
    "POST",
    "/channel/unstar",
    kind="none",
)
_LIST_BY_INTEGRATION: Endpoint[ChannelBriefList] = Endpoint(
    "POST",
    "/channel/list-by-integration",
    kind="model",
    data="ChannelBriefList",
    types=_TYPES,
    idempotent=True,
    auth="integration_key",
)
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
    models={
        "layers": ("EscalateLayer", "l"),
        "time_filters": ("RecurringTimeWindow", "l"),
        "filters": ("FilterCondition", "ll"),
    },
    types=_TYPES,
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
    "POST",
    "/channel/escalate/rule/delete",
    kind="none",
)
_ESCALATE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/escalate/rule/enable",
    kind="none",
)
_ESCALATE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/escalate/rule/disable",
    kind="none",
)
_ESCALATE_RULES_LIST_ROBOTS: Endpoint[WebhookRobotList] = Endpoint(
    "POST",
    "/channel/escalate/webhook/robot/list",
    kind="model",
    data="WebhookRobotList",
    types=_TYPES,
    idempotent=True,
)
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
    models={
        "filters": ("FilterCondition", "ll"),
        "time_filter": ("OnceTimeWindow", ""),
        "time_filters": ("RecurringTimeWindow", "l"),
    },
    types=_TYPES,
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
    "POST",
    "/channel/silence/rule/delete",
    kind="none",
)
_SILENCE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/silence/rule/enable",
    kind="none",
)
_SILENCE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/silence/rule/disable",
    kind="none",
)
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
    models={
        "source_filters": ("FilterCondition", "ll"),
        "target_filters": ("FilterCondition", "ll"),
    },
    types=_TYPES,
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
    "POST",
    "/channel/inhibit/rule/delete",
    kind="none",
)
_INHIBIT_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/inhibit/rule/enable",
    kind="none",
)
_INHIBIT_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/inhibit/rule/disable",
    kind="none",
)
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
    models={"filters": ("FilterCondition", "ll")},
    types=_TYPES,
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
    "POST",
    "/channel/unsubscribe/rule/delete",
    kind="none",
)
_DROP_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/unsubscribe/rule/enable",
    kind="none",
)
_DROP_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/unsubscribe/rule/disable",
    kind="none",
)
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
    models={"filters": ("FilterCondition", "ll")},
    types=_TYPES,
)
_NOTIFY_RULES_LIST: Endpoint[NotifyRuleList] = Endpoint(
    "POST",
    "/channel/notify/rule/list",
    kind="model",
    data="NotifyRuleList",
    types=_TYPES,
    idempotent=True,
)
_NOTIFY_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/notify/rule/delete",
    kind="none",
)
_NOTIFY_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/notify/rule/enable",
    kind="none",
)
_NOTIFY_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/notify/rule/disable",
    kind="none",
)
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
    models={"filters": ("FilterCondition", "ll")},
    types=_TYPES,
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
    "POST",
    "/channel/subscribe/rule/delete",
    kind="none",
)
_SUBSCRIBE_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/subscribe/rule/enable",
    kind="none",
)
_SUBSCRIBE_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST",
    "/channel/subscribe/rule/disable",
    kind="none",
)
_ROUTES_INFO: Endpoint[RouteRule] = Endpoint(
    "POST",
    "/route/info",
    kind="model",
    data="RouteRule",
    types=_TYPES,
    idempotent=True,
)
_ROUTES_LIST: Endpoint[RouteRuleList] = Endpoint(
    "POST",
    "/route/list",
    kind="model",
    data="RouteRuleList",
    types=_TYPES,
    idempotent=True,
)
_ROUTES_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/route/upsert",
    kind="none",
    models={
        "cases": ("RouteCase", "l"),
        "sections": ("RouteSection", "l"),
        "default": ("RouteDefault", ""),
    },
    types=_TYPES,
)
_ROUTES_PREVIEW: Endpoint[RoutePreviewList] = Endpoint(
    "POST",
    "/route/preview",
    kind="model",
    data="RoutePreviewList",
    types=_TYPES,
    idempotent=True,
    models={"route": ("RouteDraft", "")},
)
_ROUTES_LIST_HISTORY: Endpoint[RouteHistoryPage] = Endpoint(
    "POST",
    "/route/history/list",
    kind="page",
    data="RouteHistoryPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)


class ChannelsRoutes(SyncResource):
    """Operations under `client.channels.routes`."""

    def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RouteRule:
        """Get an integration's routing rule.

        Returns the routing rule of a shared alert integration, which decides the
        channels its alerts go to. `data` is null when the integration has no rule.
        Integrations Manage also grants access.

        Permission: Integrations Read.
        HTTP: POST /route/info

        Args:
            integration_id: Shared alert integration; greater than 0.
        """
        return self._client.request(
            _ROUTES_INFO, {"integration_id": integration_id}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RouteRuleList:
        """Get routing rules of several integrations.

        Returns the routing rules of the given shared alert integrations; integrations
        without one are left out. Integrations Manage also grants access.

        Permission: Integrations Read.
        HTTP: POST /route/list

        Args:
            integration_ids: Shared alert integrations.
        """
        return self._client.request(
            _ROUTES_LIST, {"integration_ids": integration_ids}, timeout, max_retries, extra_headers
        )

    def upsert(
        self,
        *,
        integration_id: int,
        cases: List[RouteCase | Dict[str, Any]] | Omit = OMIT,
        sections: List[RouteSection | Dict[str, Any]] | Omit = OMIT,
        default: RouteDefault | Dict[str, Any] | Omit = OMIT,
        version: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's routing rule.

        Creates the routing rule of a shared alert integration or overwrites the
        existing one. Give `cases`, `default` or both. Pass the `version` last read to
        have the call rejected if someone changed the rule since.

        Permission: Integrations Manage.
        HTTP: POST /route/upsert

        Args:
            integration_id: Shared alert integration.
            cases: Conditional branches, evaluated top to bottom.
            sections: Display-only titles placed over runs of adjacent cases.
            default: Fallback branch for alerts no case routed.
            version: Version of the rule this change is based on, from `routes.info`.
        """
        return self._client.request(
            _ROUTES_UPSERT,
            {
                "integration_id": integration_id,
                "cases": cases,
                "sections": sections,
                "default": default,
                "version": version,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def preview(
        self,
        *,
        alert_ids: List[str],
        route: RouteDraft | Dict[str, Any],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoutePreviewList:
        """Try a routing rule on past alerts.

        Evaluates an unsaved routing rule against up to 20 existing alerts and tells
        which branches each would match. Nothing is changed.

        HTTP: POST /route/preview

        Args:
            alert_ids: Alerts to test, at most 20.
            route: A routing rule to try out, not saved. Give `cases`, `default` or
                both.
        """
        return self._client.request(
            _ROUTES_PREVIEW,
            {"alert_ids": alert_ids, "route": route},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_history(
        self,
        *,
        integration_id: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[RouteHistory]:
        """List past versions of a routing rule.

        Lists the saved versions of the routing rule of a shared alert integration,
        newest or oldest first.

        HTTP: POST /route/history/list

        Args:
            integration_id: Shared alert integration.
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Sort field.
            asc: Oldest first when true.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _ROUTES_LIST_HISTORY,
            {
                "integration_id": integration_id,
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
            },
            options,
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
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _SUBSCRIBE_RULES_CREATE,
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
        """
        return self._client.request(
            _SUBSCRIBE_RULES_UPDATE,
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
    ) -> SubscribeRuleList:
        """List subscription rules.

        Returns every subscription rule of a channel. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _SUBSCRIBE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a subscription rule.

        Permanently removes a subscription rule. Unverified: known only from the product
        catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SUBSCRIBE_RULES_DELETE,
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
        """Enable a subscription rule.

        Turns a disabled subscription rule back on. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SUBSCRIBE_RULES_ENABLE,
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
        """Disable a subscription rule.

        Switches a subscription rule off but keeps it. Unverified: known only from the
        product catalog; the body mirrors the other channel rule operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /channel/subscribe/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SUBSCRIBE_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
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


class ChannelsDropRules(SyncResource):
    """Operations under `client.channels.drop_rules`."""

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
        """
        return self._client.request(
            _DROP_RULES_CREATE,
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
        """
        return self._client.request(
            _DROP_RULES_UPDATE,
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
    ) -> DropRuleList:
        """List drop rules.

        Returns every drop rule of a channel.

        HTTP: POST /channel/unsubscribe/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _DROP_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a drop rule.

        Permanently removes a drop rule; disable it first.

        HTTP: POST /channel/unsubscribe/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _DROP_RULES_DELETE,
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
        """Enable a drop rule.

        Turns a disabled drop rule back on.

        HTTP: POST /channel/unsubscribe/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _DROP_RULES_ENABLE,
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
        """Disable a drop rule.

        Switches a drop rule off but keeps it, so it can be enabled again.

        HTTP: POST /channel/unsubscribe/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _DROP_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class ChannelsInhibitRules(SyncResource):
    """Operations under `client.channels.inhibit_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        equals: List[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        target_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            source_filters: Filter tree in disjunctive form: the outer list is OR-ed,
                each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`.
                Empty or absent usually means "match everything".
            target_filters: Filter tree in disjunctive form: the outer list is OR-ed,
                each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`.
                Empty or absent usually means "match everything".
            is_directly_discard: Discard suppressed alerts instead of keeping them.
        """
        return self._client.request(
            _INHIBIT_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "equals": equals,
                "description": description,
                "priority": priority,
                "source_filters": source_filters,
                "target_filters": target_filters,
                "is_directly_discard": is_directly_discard,
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
        equals: List[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        target_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            source_filters: Filter tree in disjunctive form: the outer list is OR-ed,
                each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`.
                Empty or absent usually means "match everything".
            target_filters: Filter tree in disjunctive form: the outer list is OR-ed,
                each inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`.
                Empty or absent usually means "match everything".
            is_directly_discard: Discard suppressed alerts instead of keeping them.
        """
        return self._client.request(
            _INHIBIT_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "equals": equals,
                "description": description,
                "priority": priority,
                "source_filters": source_filters,
                "target_filters": target_filters,
                "is_directly_discard": is_directly_discard,
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
    ) -> InhibitRuleList:
        """List inhibit rules.

        Returns every inhibit rule of a channel.

        Permission: Channels Read.
        HTTP: POST /channel/inhibit/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _INHIBIT_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete an inhibit rule.

        Permanently removes an inhibit rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _INHIBIT_RULES_DELETE,
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
        """Enable an inhibit rule.

        Turns a disabled inhibit rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _INHIBIT_RULES_ENABLE,
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
        """Disable an inhibit rule.

        Switches an inhibit rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/inhibit/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _INHIBIT_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class ChannelsSilenceRules(SyncResource):
    """Operations under `client.channels.silence_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Dict[str, Any] | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        from_incident_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelRuleCreated:
        """Create a silence rule.

        Mutes the alerts of a channel that match `filters` during a window: give either
        a one-off `time_filter` or recurring `time_filters`, and a non-empty `filters`.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/create

        Args:
            channel_id: Channel the rule belongs to.
            rule_name: Name of the rule (1-39 characters).
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
        """
        return self._client.request(
            _SILENCE_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
                "time_filter": time_filter,
                "time_filters": time_filters,
                "is_directly_discard": is_directly_discard,
                "from_incident_id": from_incident_id,
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
        time_filter: OnceTimeWindow | Dict[str, Any] | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
            description: Free text about the rule; 500 characters at most.
            priority: Evaluation order; lower goes first.
            filters: Filter tree in disjunctive form: the outer list is OR-ed, each
                inner group is AND-ed. `[[a, b], [c]]` means `(a and b) or c`. Empty or
                absent usually means "match everything".
            time_filter: A single time range between two instants.
            time_filters: Recurring windows; give either this or `time_filter`.
            is_directly_discard: Discard matching alerts instead of keeping them muted.
        """
        return self._client.request(
            _SILENCE_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
                "time_filter": time_filter,
                "time_filters": time_filters,
                "is_directly_discard": is_directly_discard,
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
    ) -> SilenceRuleList:
        """List silence rules.

        Returns every silence rule of a channel, telling which are in effect right now.

        Permission: Channels Read.
        HTTP: POST /channel/silence/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _SILENCE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a silence rule.

        Permanently removes a silence rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SILENCE_RULES_DELETE,
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
        """Enable a silence rule.

        Turns a disabled silence rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SILENCE_RULES_ENABLE,
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
        """Disable a silence rule.

        Switches a silence rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/silence/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _SILENCE_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class ChannelsEscalateRules(SyncResource):
    """Operations under `client.channels.escalate_rules`."""

    def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        template_id: str,
        layers: List[EscalateLayer | Dict[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _ESCALATE_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "template_id": template_id,
                "layers": layers,
                "description": description,
                "priority": priority,
                "aggr_window": aggr_window,
                "time_filters": time_filters,
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
        template_id: str,
        layers: List[EscalateLayer | Dict[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
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
        """
        return self._client.request(
            _ESCALATE_RULES_UPDATE,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EscalateRule:
        """Get one escalation rule.

        Returns an escalation rule with its levels, targets, filters and time windows.

        Permission: Channels Read.
        HTTP: POST /channel/escalate/rule/info

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _ESCALATE_RULES_INFO,
            {"channel_id": channel_id, "rule_id": rule_id},
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
    ) -> EscalateRuleList:
        """List escalation rules.

        Returns every escalation rule of a channel, in evaluation order.

        Permission: Channels Read.
        HTTP: POST /channel/escalate/rule/list

        Args:
            channel_id: Channel whose rules to list.
        """
        return self._client.request(
            _ESCALATE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete an escalation rule.

        Permanently removes an escalation rule; disable it first.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/delete

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _ESCALATE_RULES_DELETE,
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
        """Enable an escalation rule.

        Turns a disabled escalation rule back on.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/enable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _ESCALATE_RULES_ENABLE,
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
        """Disable an escalation rule.

        Switches an escalation rule off but keeps it, so it can be enabled again.

        Permission: Channels Manage.
        HTTP: POST /channel/escalate/rule/disable

        Args:
            channel_id: Channel the rule belongs to.
            rule_id: ID of a channel rule, 24 hexadecimal characters.
        """
        return self._client.request(
            _ESCALATE_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_robots(
        self,
        *,
        query: str | Omit = OMIT,
        type: Literal["feishu", "wecom", "dingtalk", "zoom", "slack"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookRobotList:
        """List chat robots.

        Lists the group-chat robots (incoming webhooks) configured in escalation rules
        across the account, with the rules that use each one. Handy to reuse a robot in
        a new rule.

        HTTP: POST /channel/escalate/webhook/robot/list

        Args:
            query: Search robots by token or alias.
            type: Only robots of this kind.
        """
        return self._client.request(
            _ESCALATE_RULES_LIST_ROBOTS,
            {"query": query, "type": type},
            timeout,
            max_retries,
            extra_headers,
        )


class Channels(SyncResource):
    """Operations under `client.channels`."""

    @cached_property
    def escalate_rules(self) -> ChannelsEscalateRules:
        return ChannelsEscalateRules(self._client)

    @cached_property
    def silence_rules(self) -> ChannelsSilenceRules:
        return ChannelsSilenceRules(self._client)

    @cached_property
    def inhibit_rules(self) -> ChannelsInhibitRules:
        return ChannelsInhibitRules(self._client)

    @cached_property
    def drop_rules(self) -> ChannelsDropRules:
        return ChannelsDropRules(self._client)

    @cached_property
    def notify_rules(self) -> ChannelsNotifyRules:
        return ChannelsNotifyRules(self._client)

    @cached_property
    def subscribe_rules(self) -> ChannelsSubscribeRules:
        return ChannelsSubscribeRules(self._client)

    @cached_property
    def routes(self) -> ChannelsRoutes:
        return ChannelsRoutes(self._client)

    def create(
        self,
        *,
        team_id: int,
        channel_name: str,
        managing_team_ids: List[int] | Omit = OMIT,
        description: str | Omit = OMIT,
        escalate_rule: ChannelDefaultEscalation | Dict[str, Any] | Omit = OMIT,
        plugin_ids: List[int] | Omit = OMIT,
        group: AlertGrouping | Dict[str, Any] | Omit = OMIT,
        flapping: Flapping | Dict[str, Any] | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelCreated:
        """Create a channel.

        Creates a channel owned by a team, optionally with a default escalation rule,
        alert grouping and flapping settings.

        Permission: Channels Manage.
        HTTP: POST /channel/create

        Args:
            team_id: Owning team; its members can read and edit the channel.
            channel_name: Name, 1 to 59 characters.
            managing_team_ids: Up to 3 teams that take over editing from the owning team
                (both keep read access).
            description: Description, up to 500 characters.
            escalate_rule: Escalation rule created together with a new channel - one
                level notifying `target`.
            plugin_ids: Alert integrations (plugins) whose events the channel receives.
            group: How a channel groups incoming alerts into incidents.
            flapping: Flapping detection - mute an incident that keeps reopening.
            auto_resolve_timeout: Close incidents after this many seconds without
                activity; 0 or absent turns it off. At most 30 days.
            auto_resolve_mode: What restarts the auto-resolve timer: `trigger` counts
                from when the incident opened, `update` from its latest alert.
            is_private: Restrict the channel to its creator, owning and managing teams
                and account admins. Public when absent.
            disable_outlier_detection: Turn off rare-incident (outlier) detection, which
                is on by default on the Pro plan.
            disable_auto_close: Turn off automatic closing of incidents.
            is_external_report_enabled: Let people outside the account report incidents
                into the channel; the token comes back in the response.
        """
        return self._client.request(
            _CREATE,
            {
                "team_id": team_id,
                "channel_name": channel_name,
                "managing_team_ids": managing_team_ids,
                "description": description,
                "escalate_rule": escalate_rule,
                "plugin_ids": plugin_ids,
                "group": group,
                "flapping": flapping,
                "auto_resolve_timeout": auto_resolve_timeout,
                "auto_resolve_mode": auto_resolve_mode,
                "is_private": is_private,
                "disable_outlier_detection": disable_outlier_detection,
                "disable_auto_close": disable_auto_close,
                "is_external_report_enabled": is_external_report_enabled,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def update(
        self,
        *,
        channel_id: int,
        team_id: int | Omit = OMIT,
        managing_team_ids: List[int] | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        group: AlertGrouping | Dict[str, Any] | Omit = OMIT,
        flapping: Flapping | Dict[str, Any] | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelUpdated:
        """Update a channel.

        Changes the fields sent and leaves the others as they are. Turning external
        reporting on returns a new reporter token, shown only this once.

        Permission: Channels Manage.
        HTTP: POST /channel/update

        Args:
            channel_id: Channel to change.
            team_id: Owning team; its members can read and edit the channel.
            managing_team_ids: Up to 3 teams that take over editing from the owning team
                (both keep read access).
            channel_name: Name, 1 to 59 characters.
            description: Description, up to 500 characters.
            auto_resolve_timeout: Close incidents after this many seconds without
                activity; 0 or absent turns it off. At most 30 days.
            auto_resolve_mode: What restarts the auto-resolve timer: `trigger` counts
                from when the incident opened, `update` from its latest alert.
            is_private: Restrict the channel to its creator, owning and managing teams
                and account admins. Public when absent.
            group: How a channel groups incoming alerts into incidents.
            flapping: Flapping detection - mute an incident that keeps reopening.
            disable_outlier_detection: Turn off rare-incident (outlier) detection, which
                is on by default on the Pro plan.
            disable_auto_close: Turn off automatic closing of incidents.
            is_external_report_enabled: Let people outside the account report incidents
                into the channel; the token comes back in the response.
        """
        return self._client.request(
            _UPDATE,
            {
                "channel_id": channel_id,
                "team_id": team_id,
                "managing_team_ids": managing_team_ids,
                "channel_name": channel_name,
                "description": description,
                "auto_resolve_timeout": auto_resolve_timeout,
                "auto_resolve_mode": auto_resolve_mode,
                "is_private": is_private,
                "group": group,
                "flapping": flapping,
                "disable_outlier_detection": disable_outlier_detection,
                "disable_auto_close": disable_auto_close,
                "is_external_report_enabled": is_external_report_enabled,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    def info(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Channel:
        """Get one channel.

        Returns a channel with its settings and its counts of open incidents.

        HTTP: POST /channel/info

        Args:
            channel_id: Channel ID.
        """
        return self._client.request(
            _INFO, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def list_by_ids(
        self,
        *,
        channel_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelBriefList:
        """Get channels by ID.

        Looks up to 1000 channels at once and returns their names and statuses; unknown
        IDs are skipped.

        HTTP: POST /channel/infos

        Args:
            channel_ids: Which channels to fetch; 1000 at most.
        """
        return self._client.request(
            _LIST_BY_IDS, {"channel_ids": channel_ids}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["ranking", "created_at", "updated_at", "channel_name", "last_incident_at"]
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_starred: bool | Omit = OMIT,
        is_my_managed: bool | Omit = OMIT,
        is_brief: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> SyncPage[Channel]:
        """List channels.

        Lists the channels the caller can see, filtered by team, name, stars or
        management, one page at a time. With `is_brief` only IDs, names, descriptions
        and statuses come back.

        HTTP: POST /channel/list

        Args:
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Sort field.
            asc: Ascending order when true.
            query: Search in channel names and descriptions.
            channel_name: Exact channel name; takes precedence over `query`.
            channel_ids: Only these channels.
            team_ids: Only channels of these teams.
            is_my_team: Only channels of the caller's teams (intersected with
                `team_ids`); not with `is_my_starred`.
            is_my_starred: Only channels the caller starred; not with `is_my_team`.
            is_my_managed: Only channels the caller manages.
            is_brief: Return only ID, name, description and status for each channel,
                which is faster.
        """
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return sync_page(
            self._client,
            _LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "query": query,
                "channel_name": channel_name,
                "channel_ids": channel_ids,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "is_my_starred": is_my_starred,
                "is_my_managed": is_my_managed,
                "is_brief": is_brief,
            },
            options,
        )

    def delete(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a channel.

        Deletes a disabled channel together with its escalation, silence, inhibit and
        drop rules. Fails with `ReferenceExist` while an integration route still sends
        alerts to it.

        Permission: Channels Manage.
        HTTP: POST /channel/delete

        Args:
            channel_id: Channel to delete; it must be disabled first.
        """
        return self._client.request(
            _DELETE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def enable(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a channel.

        Turns a disabled channel back on so it receives alerts again.

        Permission: Channels Manage.
        HTTP: POST /channel/enable

        Args:
            channel_id: Channel to enable.
        """
        return self._client.request(
            _ENABLE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def disable(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a channel.

        Turns a channel off without deleting it; while disabled it discards incoming
        alerts.

        Permission: Channels Manage.
        HTTP: POST /channel/disable

        Args:
            channel_id: Channel to disable.
        """
        return self._client.request(
            _DISABLE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def reorder(
        self,
        *,
        drag_channel_id: int,
        target_channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Move a channel in the list.

        Moves one channel to the position of another in the account's custom ordering
        (the `ranking` sort of `channels.list`), as a drag and drop in the console does.

        HTTP: POST /channel/reorder

        Args:
            drag_channel_id: Channel being moved.
            target_channel_id: Channel whose place it takes.
        """
        return self._client.request(
            _REORDER,
            {"drag_channel_id": drag_channel_id, "target_channel_id": target_channel_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def star(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Star a channel.

        Adds a channel to the caller's favourites (see `is_my_starred` of
        `channels.list`).

        HTTP: POST /channel/star

        Args:
            channel_id: Channel to star.
        """
        return self._client.request(
            _STAR, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def unstar(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Unstar a channel.

        Removes a channel from the caller's favourites.

        HTTP: POST /channel/unstar

        Args:
            channel_id: Channel to unstar.
        """
        return self._client.request(
            _UNSTAR, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    def list_by_integration(
        self,
        *,
        integration_key: str,
        query: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelBriefList:
        """List channel names with an integration key.

        For monitoring tools: lists channel IDs and names using the `integration_key` of
        a shared alert integration instead of an app key, so alerts can name their
        target channel without routing rules. Keys of integrations that belong to one
        channel are refused. Private channels are included unless a member is given, in
        which case only the channels that member can see are returned - keep the key
        secret.

        HTTP: POST /channel/list-by-integration

        Args:
            integration_key: Key of the integration that receives the event (sent in the
                query string).
            query: Search in channel names and descriptions.
            channel_ids: Only these channels.
            member_id: Only channels visible to this member.
            member_name: Only channels visible to the member with this name.
            email: Only channels visible to the member with this email.
            phone: Only channels visible to the member with this phone number; give
                `country_code` too.
            country_code: Country calling code of `phone`, e.g. `86`.
        """
        return self._client.request(
            _LIST_BY_INTEGRATION,
            {
                "integration_key": integration_key,
                "query": query,
                "channel_ids": channel_ids,
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
            },
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannelsRoutes(AsyncResource):
    """Operations under `client.channels.routes`."""

    async def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RouteRule:
        """Get an integration's routing rule: the awaitable `ChannelsRoutes.info`, documented there."""
        return await self._client.request(
            _ROUTES_INFO, {"integration_id": integration_id}, timeout, max_retries, extra_headers
        )

    async def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RouteRuleList:
        """Get routing rules of several integrations: the awaitable `ChannelsRoutes.list`, documented there."""
        return await self._client.request(
            _ROUTES_LIST, {"integration_ids": integration_ids}, timeout, max_retries, extra_headers
        )

    async def upsert(
        self,
        *,
        integration_id: int,
        cases: List[RouteCase | Dict[str, Any]] | Omit = OMIT,
        sections: List[RouteSection | Dict[str, Any]] | Omit = OMIT,
        default: RouteDefault | Dict[str, Any] | Omit = OMIT,
        version: int | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's routing rule: the awaitable `ChannelsRoutes.upsert`, documented there."""
        return await self._client.request(
            _ROUTES_UPSERT,
            {
                "integration_id": integration_id,
                "cases": cases,
                "sections": sections,
                "default": default,
                "version": version,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def preview(
        self,
        *,
        alert_ids: List[str],
        route: RouteDraft | Dict[str, Any],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> RoutePreviewList:
        """Try a routing rule on past alerts: the awaitable `ChannelsRoutes.preview`, documented there."""
        return await self._client.request(
            _ROUTES_PREVIEW,
            {"alert_ids": alert_ids, "route": route},
            timeout,
            max_retries,
            extra_headers,
        )

    def list_history(
        self,
        *,
        integration_id: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at"] | Omit = OMIT,
        asc: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[RouteHistory]:
        """List past versions of a routing rule: the awaitable `ChannelsRoutes.list_history`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _ROUTES_LIST_HISTORY,
            {
                "integration_id": integration_id,
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
            },
            options,
        )


class AsyncChannelsSubscribeRules(AsyncResource):
    """Operations under `client.channels.subscribe_rules`."""

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
        """Create a subscription rule: the awaitable `ChannelsSubscribeRules.create`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_CREATE,
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
        """Update a subscription rule: the awaitable `ChannelsSubscribeRules.update`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_UPDATE,
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
    ) -> SubscribeRuleList:
        """List subscription rules: the awaitable `ChannelsSubscribeRules.list`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a subscription rule: the awaitable `ChannelsSubscribeRules.delete`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_DELETE,
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
        """Enable a subscription rule: the awaitable `ChannelsSubscribeRules.enable`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_ENABLE,
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
        """Disable a subscription rule: the awaitable `ChannelsSubscribeRules.disable`, documented there."""
        return await self._client.request(
            _SUBSCRIBE_RULES_DISABLE,
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


class AsyncChannelsDropRules(AsyncResource):
    """Operations under `client.channels.drop_rules`."""

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
        """Create a drop rule: the awaitable `ChannelsDropRules.create`, documented there."""
        return await self._client.request(
            _DROP_RULES_CREATE,
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
        """Update a drop rule: the awaitable `ChannelsDropRules.update`, documented there."""
        return await self._client.request(
            _DROP_RULES_UPDATE,
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
    ) -> DropRuleList:
        """List drop rules: the awaitable `ChannelsDropRules.list`, documented there."""
        return await self._client.request(
            _DROP_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a drop rule: the awaitable `ChannelsDropRules.delete`, documented there."""
        return await self._client.request(
            _DROP_RULES_DELETE,
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
        """Enable a drop rule: the awaitable `ChannelsDropRules.enable`, documented there."""
        return await self._client.request(
            _DROP_RULES_ENABLE,
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
        """Disable a drop rule: the awaitable `ChannelsDropRules.disable`, documented there."""
        return await self._client.request(
            _DROP_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannelsInhibitRules(AsyncResource):
    """Operations under `client.channels.inhibit_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        equals: List[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        target_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelRuleCreated:
        """Create an inhibit rule: the awaitable `ChannelsInhibitRules.create`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "equals": equals,
                "description": description,
                "priority": priority,
                "source_filters": source_filters,
                "target_filters": target_filters,
                "is_directly_discard": is_directly_discard,
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
        equals: List[str],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        source_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        target_filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an inhibit rule: the awaitable `ChannelsInhibitRules.update`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "equals": equals,
                "description": description,
                "priority": priority,
                "source_filters": source_filters,
                "target_filters": target_filters,
                "is_directly_discard": is_directly_discard,
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
    ) -> InhibitRuleList:
        """List inhibit rules: the awaitable `ChannelsInhibitRules.list`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete an inhibit rule: the awaitable `ChannelsInhibitRules.delete`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_DELETE,
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
        """Enable an inhibit rule: the awaitable `ChannelsInhibitRules.enable`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_ENABLE,
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
        """Disable an inhibit rule: the awaitable `ChannelsInhibitRules.disable`, documented there."""
        return await self._client.request(
            _INHIBIT_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannelsSilenceRules(AsyncResource):
    """Operations under `client.channels.silence_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        time_filter: OnceTimeWindow | Dict[str, Any] | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        from_incident_id: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelRuleCreated:
        """Create a silence rule: the awaitable `ChannelsSilenceRules.create`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
                "time_filter": time_filter,
                "time_filters": time_filters,
                "is_directly_discard": is_directly_discard,
                "from_incident_id": from_incident_id,
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
        time_filter: OnceTimeWindow | Dict[str, Any] | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        is_directly_discard: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update a silence rule: the awaitable `ChannelsSilenceRules.update`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_UPDATE,
            {
                "channel_id": channel_id,
                "rule_id": rule_id,
                "rule_name": rule_name,
                "description": description,
                "priority": priority,
                "filters": filters,
                "time_filter": time_filter,
                "time_filters": time_filters,
                "is_directly_discard": is_directly_discard,
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
    ) -> SilenceRuleList:
        """List silence rules: the awaitable `ChannelsSilenceRules.list`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete a silence rule: the awaitable `ChannelsSilenceRules.delete`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_DELETE,
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
        """Enable a silence rule: the awaitable `ChannelsSilenceRules.enable`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_ENABLE,
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
        """Disable a silence rule: the awaitable `ChannelsSilenceRules.disable`, documented there."""
        return await self._client.request(
            _SILENCE_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannelsEscalateRules(AsyncResource):
    """Operations under `client.channels.escalate_rules`."""

    async def create(
        self,
        *,
        channel_id: int,
        rule_name: str,
        template_id: str,
        layers: List[EscalateLayer | Dict[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelRuleCreated:
        """Create an escalation rule: the awaitable `ChannelsEscalateRules.create`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_CREATE,
            {
                "channel_id": channel_id,
                "rule_name": rule_name,
                "template_id": template_id,
                "layers": layers,
                "description": description,
                "priority": priority,
                "aggr_window": aggr_window,
                "time_filters": time_filters,
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
        template_id: str,
        layers: List[EscalateLayer | Dict[str, Any]],
        description: str | Omit = OMIT,
        priority: int | Omit = OMIT,
        aggr_window: int | Omit = OMIT,
        time_filters: List[RecurringTimeWindow | Dict[str, Any]] | Omit = OMIT,
        filters: List[List[FilterCondition | Dict[str, Any]]] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Update an escalation rule: the awaitable `ChannelsEscalateRules.update`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_UPDATE,
            {
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
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        channel_id: int,
        rule_id: str,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EscalateRule:
        """Get one escalation rule: the awaitable `ChannelsEscalateRules.info`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_INFO,
            {"channel_id": channel_id, "rule_id": rule_id},
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
    ) -> EscalateRuleList:
        """List escalation rules: the awaitable `ChannelsEscalateRules.list`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_LIST, {"channel_id": channel_id}, timeout, max_retries, extra_headers
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
        """Delete an escalation rule: the awaitable `ChannelsEscalateRules.delete`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_DELETE,
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
        """Enable an escalation rule: the awaitable `ChannelsEscalateRules.enable`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_ENABLE,
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
        """Disable an escalation rule: the awaitable `ChannelsEscalateRules.disable`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_DISABLE,
            {"channel_id": channel_id, "rule_id": rule_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list_robots(
        self,
        *,
        query: str | Omit = OMIT,
        type: Literal["feishu", "wecom", "dingtalk", "zoom", "slack"] | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> WebhookRobotList:
        """List chat robots: the awaitable `ChannelsEscalateRules.list_robots`, documented there."""
        return await self._client.request(
            _ESCALATE_RULES_LIST_ROBOTS,
            {"query": query, "type": type},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncChannels(AsyncResource):
    """Operations under `client.channels`."""

    @cached_property
    def escalate_rules(self) -> AsyncChannelsEscalateRules:
        return AsyncChannelsEscalateRules(self._client)

    @cached_property
    def silence_rules(self) -> AsyncChannelsSilenceRules:
        return AsyncChannelsSilenceRules(self._client)

    @cached_property
    def inhibit_rules(self) -> AsyncChannelsInhibitRules:
        return AsyncChannelsInhibitRules(self._client)

    @cached_property
    def drop_rules(self) -> AsyncChannelsDropRules:
        return AsyncChannelsDropRules(self._client)

    @cached_property
    def notify_rules(self) -> AsyncChannelsNotifyRules:
        return AsyncChannelsNotifyRules(self._client)

    @cached_property
    def subscribe_rules(self) -> AsyncChannelsSubscribeRules:
        return AsyncChannelsSubscribeRules(self._client)

    @cached_property
    def routes(self) -> AsyncChannelsRoutes:
        return AsyncChannelsRoutes(self._client)

    async def create(
        self,
        *,
        team_id: int,
        channel_name: str,
        managing_team_ids: List[int] | Omit = OMIT,
        description: str | Omit = OMIT,
        escalate_rule: ChannelDefaultEscalation | Dict[str, Any] | Omit = OMIT,
        plugin_ids: List[int] | Omit = OMIT,
        group: AlertGrouping | Dict[str, Any] | Omit = OMIT,
        flapping: Flapping | Dict[str, Any] | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelCreated:
        """Create a channel: the awaitable `Channels.create`, documented there."""
        return await self._client.request(
            _CREATE,
            {
                "team_id": team_id,
                "channel_name": channel_name,
                "managing_team_ids": managing_team_ids,
                "description": description,
                "escalate_rule": escalate_rule,
                "plugin_ids": plugin_ids,
                "group": group,
                "flapping": flapping,
                "auto_resolve_timeout": auto_resolve_timeout,
                "auto_resolve_mode": auto_resolve_mode,
                "is_private": is_private,
                "disable_outlier_detection": disable_outlier_detection,
                "disable_auto_close": disable_auto_close,
                "is_external_report_enabled": is_external_report_enabled,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def update(
        self,
        *,
        channel_id: int,
        team_id: int | Omit = OMIT,
        managing_team_ids: List[int] | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        auto_resolve_timeout: int | Omit = OMIT,
        auto_resolve_mode: Literal["trigger", "update"] | Omit = OMIT,
        is_private: bool | Omit = OMIT,
        group: AlertGrouping | Dict[str, Any] | Omit = OMIT,
        flapping: Flapping | Dict[str, Any] | Omit = OMIT,
        disable_outlier_detection: bool | Omit = OMIT,
        disable_auto_close: bool | Omit = OMIT,
        is_external_report_enabled: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelUpdated:
        """Update a channel: the awaitable `Channels.update`, documented there."""
        return await self._client.request(
            _UPDATE,
            {
                "channel_id": channel_id,
                "team_id": team_id,
                "managing_team_ids": managing_team_ids,
                "channel_name": channel_name,
                "description": description,
                "auto_resolve_timeout": auto_resolve_timeout,
                "auto_resolve_mode": auto_resolve_mode,
                "is_private": is_private,
                "group": group,
                "flapping": flapping,
                "disable_outlier_detection": disable_outlier_detection,
                "disable_auto_close": disable_auto_close,
                "is_external_report_enabled": is_external_report_enabled,
            },
            timeout,
            max_retries,
            extra_headers,
        )

    async def info(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Channel:
        """Get one channel: the awaitable `Channels.info`, documented there."""
        return await self._client.request(
            _INFO, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def list_by_ids(
        self,
        *,
        channel_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelBriefList:
        """Get channels by ID: the awaitable `Channels.list_by_ids`, documented there."""
        return await self._client.request(
            _LIST_BY_IDS, {"channel_ids": channel_ids}, timeout, max_retries, extra_headers
        )

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["ranking", "created_at", "updated_at", "channel_name", "last_incident_at"]
            | Omit
        ) = OMIT,
        asc: bool | Omit = OMIT,
        query: str | Omit = OMIT,
        channel_name: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        team_ids: List[int] | Omit = OMIT,
        is_my_team: bool | Omit = OMIT,
        is_my_starred: bool | Omit = OMIT,
        is_my_managed: bool | Omit = OMIT,
        is_brief: bool | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Channel]:
        """List channels: the awaitable `Channels.list`, documented there."""
        options = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers}
        return AsyncPager(
            self._client,
            _LIST,
            {
                "p": p,
                "limit": limit,
                "orderby": orderby,
                "asc": asc,
                "query": query,
                "channel_name": channel_name,
                "channel_ids": channel_ids,
                "team_ids": team_ids,
                "is_my_team": is_my_team,
                "is_my_starred": is_my_starred,
                "is_my_managed": is_my_managed,
                "is_brief": is_brief,
            },
            options,
        )

    async def delete(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Delete a channel: the awaitable `Channels.delete`, documented there."""
        return await self._client.request(
            _DELETE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def enable(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Enable a channel: the awaitable `Channels.enable`, documented there."""
        return await self._client.request(
            _ENABLE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def disable(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Disable a channel: the awaitable `Channels.disable`, documented there."""
        return await self._client.request(
            _DISABLE, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def reorder(
        self,
        *,
        drag_channel_id: int,
        target_channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Move a channel in the list: the awaitable `Channels.reorder`, documented there."""
        return await self._client.request(
            _REORDER,
            {"drag_channel_id": drag_channel_id, "target_channel_id": target_channel_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def star(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Star a channel: the awaitable `Channels.star`, documented there."""
        return await self._client.request(
            _STAR, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def unstar(
        self,
        *,
        channel_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Unstar a channel: the awaitable `Channels.unstar`, documented there."""
        return await self._client.request(
            _UNSTAR, {"channel_id": channel_id}, timeout, max_retries, extra_headers
        )

    async def list_by_integration(
        self,
        *,
        integration_key: str,
        query: str | Omit = OMIT,
        channel_ids: List[int] | Omit = OMIT,
        member_id: int | Omit = OMIT,
        member_name: str | Omit = OMIT,
        email: str | Omit = OMIT,
        phone: str | Omit = OMIT,
        country_code: str | Omit = OMIT,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> ChannelBriefList:
        """List channel names with an integration key: the awaitable `Channels.list_by_integration`, documented there."""
        return await self._client.request(
            _LIST_BY_INTEGRATION,
            {
                "integration_key": integration_key,
                "query": query,
                "channel_ids": channel_ids,
                "member_id": member_id,
                "member_name": member_name,
                "email": email,
                "phone": phone,
                "country_code": country_code,
            },
            timeout,
            max_retries,
            extra_headers,
        )
