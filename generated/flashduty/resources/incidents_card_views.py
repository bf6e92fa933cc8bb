"""`client.incidents.card_views`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.incident_card_view_created import IncidentCardViewCreated
    from ..types.defs.incident_card_view_list import IncidentCardViewList
    from ..types.defs.incident_card_view_updated import IncidentCardViewUpdated

_TYPES = TypeNames(
    __name__,
    {
        "IncidentCardViewCreated": "defs.incident_card_view_created",
        "IncidentCardViewList": "defs.incident_card_view_list",
        "IncidentCardViewUpdated": "defs.incident_card_view_updated",
    },
)

__all__ = ["IncidentsCardViews", "AsyncIncidentsCardViews"]

_CARD_VIEWS_CREATE: Endpoint[IncidentCardViewCreated] = Endpoint(
    "POST", "/incident/card-view/create", kind="model", data="IncidentCardViewCreated", types=_TYPES
)
_CARD_VIEWS_UPDATE: Endpoint[IncidentCardViewUpdated] = Endpoint(
    "POST", "/incident/card-view/update", kind="model", data="IncidentCardViewUpdated", types=_TYPES
)
_CARD_VIEWS_DELETE: Endpoint[None] = Endpoint("POST", "/incident/card-view/delete", kind="none")
_CARD_VIEWS_LIST: Endpoint[IncidentCardViewList] = Endpoint(
    "POST",
    "/incident/card-view/list",
    kind="model",
    data="IncidentCardViewList",
    types=_TYPES,
    idempotent=True,
)


class IncidentsCardViews(SyncResource):
    """Operations under `client.incidents.card_views`."""

    def create(
        self,
        *,
        equals: SequenceNotStr[str],
        view_name: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCardViewCreated:
        """Create a card view.

        Saves a card view of the incident list: incidents that share every attribute in
        `equals` are shown together as one card. Documented only in the legacy
        reference.

        HTTP: POST /incident/card-view/create

        Args:
            equals: Attributes the grouped incidents must share.
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
    ) -> IncidentCardViewUpdated:
        """Update a card view.

        Replaces the name and grouping attributes of a card view. Documented only in the
        legacy reference.

        HTTP: POST /incident/card-view/update

        Args:
            view_id: View to update.
            view_name: View name.
            equals: Attributes the grouped incidents must share.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"view_id": view_id, "view_name": view_name, "equals": equals}
        return self._client.request(_CARD_VIEWS_UPDATE, args, **options)

    def delete(self, *, view_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a card view.

        Deletes a saved card view. Documented only in the legacy reference.

        HTTP: POST /incident/card-view/delete

        Args:
            view_id: View to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"view_id": view_id}
        return self._client.request(_CARD_VIEWS_DELETE, args, **options)

    def list(self, **options: Unpack[RequestOptions]) -> IncidentCardViewList:
        """List card views.

        Lists the account's saved incident card views. Takes no arguments. Documented
        only in the legacy reference.

        HTTP: POST /incident/card-view/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_CARD_VIEWS_LIST, args, **options)


class AsyncIncidentsCardViews(AsyncResource):
    """Operations under `client.incidents.card_views`."""

    async def create(
        self,
        *,
        equals: SequenceNotStr[str],
        view_name: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IncidentCardViewCreated:
        """Create a card view: the awaitable `IncidentsCardViews.create`, documented there."""
        args = {"equals": equals, "view_name": view_name}
        return await self._client.request(_CARD_VIEWS_CREATE, args, **options)

    async def update(
        self,
        *,
        view_id: str,
        view_name: str,
        equals: SequenceNotStr[str],
        **options: Unpack[RequestOptions],
    ) -> IncidentCardViewUpdated:
        """Update a card view: the awaitable `IncidentsCardViews.update`, documented there."""
        args = {"view_id": view_id, "view_name": view_name, "equals": equals}
        return await self._client.request(_CARD_VIEWS_UPDATE, args, **options)

    async def delete(self, *, view_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a card view: the awaitable `IncidentsCardViews.delete`, documented there."""
        args = {"view_id": view_id}
        return await self._client.request(_CARD_VIEWS_DELETE, args, **options)

    async def list(self, **options: Unpack[RequestOptions]) -> IncidentCardViewList:
        """List card views: the awaitable `IncidentsCardViews.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_CARD_VIEWS_LIST, args, **options)
