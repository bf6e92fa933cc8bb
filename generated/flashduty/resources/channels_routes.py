"""`client.channels.routes`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.route_case import RouteCase
    from ..types.defs.route_default import RouteDefault
    from ..types.defs.route_draft import RouteDraft
    from ..types.defs.route_history import RouteHistory
    from ..types.defs.route_history_page import RouteHistoryPage
    from ..types.defs.route_preview_list import RoutePreviewList
    from ..types.defs.route_rule import RouteRule
    from ..types.defs.route_rule_list import RouteRuleList
    from ..types.defs.route_section import RouteSection

_TYPES = TypeNames(
    __name__,
    {
        "RouteCase": "defs.route_case",
        "RouteDefault": "defs.route_default",
        "RouteDraft": "defs.route_draft",
        "RouteHistory": "defs.route_history",
        "RouteHistoryPage": "defs.route_history_page",
        "RoutePreviewList": "defs.route_preview_list",
        "RouteRule": "defs.route_rule",
        "RouteRuleList": "defs.route_rule_list",
        "RouteSection": "defs.route_section",
    },
)

__all__ = ["ChannelsRoutes", "AsyncChannelsRoutes"]

_ROUTES_INFO: Endpoint[RouteRule] = Endpoint(
    "POST", "/route/info", kind="model", data="RouteRule", types=_TYPES, idempotent=True
)
_ROUTES_LIST: Endpoint[RouteRuleList] = Endpoint(
    "POST", "/route/list", kind="model", data="RouteRuleList", types=_TYPES, idempotent=True
)
_ROUTES_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/route/upsert",
    kind="none",
    types=_TYPES,
    models={
        "cases": ("RouteCase", "l"),
        "sections": ("RouteSection", "l"),
        "default": ("RouteDefault", ""),
    },
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

    def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> RouteRule:
        """Get an integration's routing rule.

        Returns the routing rule of a shared alert integration, which decides the
        channels its alerts go to. `data` is null when the integration has no rule.
        Integrations Manage also grants access.

        Permission: Integrations Read.
        HTTP: POST /route/info

        Args:
            integration_id: Shared alert integration; greater than 0.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_ROUTES_INFO, args, **options)

    def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> RouteRuleList:
        """Get routing rules of several integrations.

        Returns the routing rules of the given shared alert integrations; integrations
        without one are left out. Integrations Manage also grants access.

        Permission: Integrations Read.
        HTTP: POST /route/list

        Args:
            integration_ids: Shared alert integrations.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_ids": integration_ids}
        return self._client.request(_ROUTES_LIST, args, **options)

    def upsert(
        self,
        *,
        integration_id: int,
        cases: SequenceNotStr[RouteCase | Mapping[str, Any]] | Omit = OMIT,
        sections: SequenceNotStr[RouteSection | Mapping[str, Any]] | Omit = OMIT,
        default: RouteDefault | Mapping[str, Any] | Omit = OMIT,
        version: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_id": integration_id,
            "cases": cases,
            "sections": sections,
            "default": default,
            "version": version,
        }
        return self._client.request(_ROUTES_UPSERT, args, **options)

    def preview(
        self,
        *,
        alert_ids: SequenceNotStr[str],
        route: RouteDraft | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> RoutePreviewList:
        """Try a routing rule on past alerts.

        Evaluates an unsaved routing rule against up to 20 existing alerts and tells
        which branches each would match. Nothing is changed.

        HTTP: POST /route/preview

        Args:
            alert_ids: Alerts to test, at most 20.
            route: A routing rule to try out, not saved. Give `cases`, `default` or
                both.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"alert_ids": alert_ids, "route": route}
        return self._client.request(_ROUTES_PREVIEW, args, **options)

    def list_history(
        self,
        *,
        integration_id: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[RouteHistory, RouteHistoryPage]:
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "integration_id": integration_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return sync_page(self._client, _ROUTES_LIST_HISTORY, args, options)


class AsyncChannelsRoutes(AsyncResource):
    """Operations under `client.channels.routes`."""

    async def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> RouteRule:
        """Get an integration's routing rule: the awaitable `ChannelsRoutes.info`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_ROUTES_INFO, args, **options)

    async def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> RouteRuleList:
        """Get routing rules of several integrations: the awaitable `ChannelsRoutes.list`, documented there."""
        args = {"integration_ids": integration_ids}
        return await self._client.request(_ROUTES_LIST, args, **options)

    async def upsert(
        self,
        *,
        integration_id: int,
        cases: SequenceNotStr[RouteCase | Mapping[str, Any]] | Omit = OMIT,
        sections: SequenceNotStr[RouteSection | Mapping[str, Any]] | Omit = OMIT,
        default: RouteDefault | Mapping[str, Any] | Omit = OMIT,
        version: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an integration's routing rule: the awaitable `ChannelsRoutes.upsert`, documented there."""
        args = {
            "integration_id": integration_id,
            "cases": cases,
            "sections": sections,
            "default": default,
            "version": version,
        }
        return await self._client.request(_ROUTES_UPSERT, args, **options)

    async def preview(
        self,
        *,
        alert_ids: SequenceNotStr[str],
        route: RouteDraft | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> RoutePreviewList:
        """Try a routing rule on past alerts: the awaitable `ChannelsRoutes.preview`, documented there."""
        args = {"alert_ids": alert_ids, "route": route}
        return await self._client.request(_ROUTES_PREVIEW, args, **options)

    def list_history(
        self,
        *,
        integration_id: int,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[RouteHistory, RouteHistoryPage]:
        """List past versions of a routing rule: the awaitable `ChannelsRoutes.list_history`, documented there."""
        args = {
            "integration_id": integration_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return AsyncPager(self._client, _ROUTES_LIST_HISTORY, args, options)
