"""`client.alerts.card_views`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.alert_card_view_created import AlertCardViewCreated
    from ..types.defs.alert_card_view_list import AlertCardViewList
    from ..types.defs.alert_card_view_updated import AlertCardViewUpdated

_TYPES = TypeNames(
    __name__,
    {
        "AlertCardViewCreated": "defs.alert_card_view_created",
        "AlertCardViewList": "defs.alert_card_view_list",
        "AlertCardViewUpdated": "defs.alert_card_view_updated",
    },
)

__all__ = ["AlertsCardViews", "AsyncAlertsCardViews"]

_CARD_VIEWS_CREATE: Endpoint[AlertCardViewCreated] = Endpoint(
    "POST", "/alert/card-view/create", kind="model", data="AlertCardViewCreated", types=_TYPES
)
_CARD_VIEWS_UPDATE: Endpoint[AlertCardViewUpdated] = Endpoint(
    "POST", "/alert/card-view/update", kind="model", data="AlertCardViewUpdated", types=_TYPES
)
_CARD_VIEWS_DELETE: Endpoint[None] = Endpoint("POST", "/alert/card-view/delete", kind="none")
_CARD_VIEWS_LIST: Endpoint[AlertCardViewList] = Endpoint(
    "POST",
    "/alert/card-view/list",
    kind="model",
    data="AlertCardViewList",
    types=_TYPES,
    idempotent=True,
)


class AlertsCardViews(SyncResource):
    """Operations under `client.alerts.card_views`."""

    def create(
        self,
        *,
        equals: SequenceNotStr[str],
        view_name: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AlertCardViewCreated:
        """Create a card view.

        Saves a way of grouping the alert list into cards: alerts whose listed fields
        are equal share a card. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/create

        Args:
            equals: Fields to compare: `labels.<key>` for a label, or `alert_severity`,
                `title`, `alert_status` or `data_source_id`.
            view_name: View name.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"equals": equals, "view_name": view_name}
        return self._client.request(_CARD_VIEWS_CREATE, args, **options)

    def update(
        self,
        *,
        view_id: str,
        view_name: str,
        equals: SequenceNotStr[str],
        **options: Unpack[RequestOptions],
    ) -> AlertCardViewUpdated:
        """Update a card view.

        Replaces the name and the compared fields of a card view. Documented only in the
        legacy reference.

        HTTP: POST /alert/card-view/update

        Args:
            view_id: View to update.
            view_name: New name.
            equals: Fields to compare: `labels.<key>` for a label, or `alert_severity`,
                `title`, `alert_status` or `data_source_id`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"view_id": view_id, "view_name": view_name, "equals": equals}
        return self._client.request(_CARD_VIEWS_UPDATE, args, **options)

    def delete(self, *, view_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a card view.

        Deletes a card view. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/delete

        Args:
            view_id: View to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"view_id": view_id}
        return self._client.request(_CARD_VIEWS_DELETE, args, **options)

    def list(self, **options: Unpack[RequestOptions]) -> AlertCardViewList:
        """List card views.

        Returns every card view of the account. Documented only in the legacy reference.

        HTTP: POST /alert/card-view/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_CARD_VIEWS_LIST, args, **options)


class AsyncAlertsCardViews(AsyncResource):
    """Operations under `client.alerts.card_views`."""

    async def create(
        self,
        *,
        equals: SequenceNotStr[str],
        view_name: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AlertCardViewCreated:
        """Create a card view: the awaitable `AlertsCardViews.create`, documented there."""
        args = {"equals": equals, "view_name": view_name}
        return await self._client.request(_CARD_VIEWS_CREATE, args, **options)

    async def update(
        self,
        *,
        view_id: str,
        view_name: str,
        equals: SequenceNotStr[str],
        **options: Unpack[RequestOptions],
    ) -> AlertCardViewUpdated:
        """Update a card view: the awaitable `AlertsCardViews.update`, documented there."""
        args = {"view_id": view_id, "view_name": view_name, "equals": equals}
        return await self._client.request(_CARD_VIEWS_UPDATE, args, **options)

    async def delete(self, *, view_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a card view: the awaitable `AlertsCardViews.delete`, documented there."""
        args = {"view_id": view_id}
        return await self._client.request(_CARD_VIEWS_DELETE, args, **options)

    async def list(self, **options: Unpack[RequestOptions]) -> AlertCardViewList:
        """List card views: the awaitable `AlertsCardViews.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_CARD_VIEWS_LIST, args, **options)
