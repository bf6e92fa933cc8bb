"""`client.incidents.work_items`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.work_item_page import WorkItemPage
    from ..types.defs.work_item_result import WorkItemResult

_TYPES = TypeNames(
    __name__,
    {
        "WorkItemPage": "defs.work_item_page",
        "WorkItemResult": "defs.work_item_result",
    },
)

__all__ = ["IncidentsWorkItems", "AsyncIncidentsWorkItems"]

_WORK_ITEMS_LIST: Endpoint[WorkItemPage] = Endpoint(
    "POST",
    "/incident/work-item/list",
    kind="model",
    data="WorkItemPage",
    types=_TYPES,
    idempotent=True,
)
_WORK_ITEMS_CREATE: Endpoint[WorkItemResult] = Endpoint(
    "POST",
    "/incident/work-item/create",
    kind="model",
    data="WorkItemResult",
    types=_TYPES,
    idempotent=True,
)
_WORK_ITEMS_UPDATE: Endpoint[WorkItemResult] = Endpoint(
    "POST", "/incident/work-item/update", kind="model", data="WorkItemResult", types=_TYPES
)
_WORK_ITEMS_DELETE: Endpoint[WorkItemResult] = Endpoint(
    "POST", "/incident/work-item/delete", kind="model", data="WorkItemResult", types=_TYPES
)
_WORK_ITEMS_COMPLETE: Endpoint[WorkItemResult] = Endpoint(
    "POST",
    "/incident/work-item/complete",
    kind="model",
    data="WorkItemResult",
    types=_TYPES,
    idempotent=True,
)
_WORK_ITEMS_CONVERT: Endpoint[WorkItemResult] = Endpoint(
    "POST",
    "/incident/work-item/convert",
    kind="model",
    data="WorkItemResult",
    types=_TYPES,
    idempotent=True,
)
_WORK_ITEMS_SET_ASSIGNEES: Endpoint[WorkItemResult] = Endpoint(
    "POST", "/incident/work-item/assignees/reset", kind="model", data="WorkItemResult", types=_TYPES
)
_WORK_ITEMS_BIND_POST_MORTEM: Endpoint[WorkItemPage] = Endpoint(
    "POST",
    "/incident/work-item/post-mortem/bind",
    kind="model",
    data="WorkItemPage",
    types=_TYPES,
    idempotent=True,
)


class IncidentsWorkItems(SyncResource):
    """Operations under `client.incidents.work_items`."""

    def list(
        self,
        *,
        incident_id: str | Omit = OMIT,
        post_mortem_id: str | Omit = OMIT,
        item_type: Literal["action", "follow_up"] | EnumValue | Omit = OMIT,
        assignee_id: int | Omit = OMIT,
        cursor: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemPage:
        """List work items.

        Lists the work items (action items and follow-ups) of an incident or of a
        post-mortem, optionally of one type or one assignee. Pages by cursor: pass the
        answer's `next_cursor` as `cursor` while `has_more` is true (the SDK does not
        walk these pages for you). Needs the On-call Pro licence.

        Permission: Incidents Read.
        HTTP: POST /incident/work-item/list

        Args:
            incident_id: Incident ID.
            post_mortem_id: Post-mortem ID.
            item_type: Kind of work item.
            assignee_id: Only items assigned to this member.
            cursor: The `next_cursor` of the page before; leave out for the first page.
            limit: Items per page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "incident_id": incident_id,
            "post_mortem_id": post_mortem_id,
            "item_type": item_type,
            "assignee_id": assignee_id,
            "cursor": cursor,
            "limit": limit,
        }
        return self._client.request(_WORK_ITEMS_LIST, args, **options)

    def create(
        self,
        *,
        item_type: Literal["action", "follow_up"] | EnumValue,
        title: str,
        incident_id: str,
        idempotency_key: str,
        description: str | Omit = OMIT,
        status: str | Omit = OMIT,
        priority: str | Omit = OMIT,
        post_mortem_id: str | Omit = OMIT,
        assignee_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Create a work item.

        Adds a work item to an incident (and optionally its post-mortem), with a title,
        status, priority and assignees. The request carries an `idempotency_key`, so the
        SDK retries it safely: the server answers a repeat with the first result
        (`idempotent_replay` is then true).

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/create

        Args:
            item_type: Kind of work item.
            title: Title.
            incident_id: Incident ID.
            idempotency_key: Key that makes a retry return the first result; reuse it
                only for the same request.
            description: Description.
            status: Status to set or match.
            priority: Priority of the work item.
            post_mortem_id: Post-mortem ID.
            assignee_ids: Members to assign.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "item_type": item_type,
            "title": title,
            "incident_id": incident_id,
            "idempotency_key": idempotency_key,
            "description": description,
            "status": status,
            "priority": priority,
            "post_mortem_id": post_mortem_id,
            "assignee_ids": assignee_ids,
        }
        return self._client.request(_WORK_ITEMS_CREATE, args, **options)

    def update(
        self,
        *,
        work_item_id: str,
        version: int,
        title: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        status: str | None | Omit = OMIT,
        priority: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Update a work item.

        Changes the title, description, status or priority of a work item; fields left
        out stay, `null` clears one. `version` must be the item's current version, or
        the call fails with a conflict; assignees and type have operations of their own.

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/update

        Args:
            work_item_id: Work item ID.
            version: Current version of the work item, as read; a stale one fails with a
                conflict.
            title: Title.
            description: Description.
            status: Status to set or match.
            priority: Priority of the work item.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "title": title,
            "description": description,
            "status": status,
            "priority": priority,
        }
        return self._client.request(_WORK_ITEMS_UPDATE, args, **options)

    def delete(
        self, *, work_item_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> WorkItemResult:
        """Delete a work item.

        Removes a work item from listings (the server keeps it). `version` must be its
        current version.

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/delete

        Args:
            work_item_id: Work item ID.
            version: Current version of the work item, as read; a stale one fails with a
                conflict.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"work_item_id": work_item_id, "version": version}
        return self._client.request(_WORK_ITEMS_DELETE, args, **options)

    def complete(
        self,
        *,
        work_item_id: str,
        version: int,
        target_status: str,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Complete a work item.

        Closes a work item with the given final status. `version` must be its current
        version. The request carries an `idempotency_key`, so the SDK retries it safely:
        the server answers a repeat with the first result (`idempotent_replay` is then
        true).

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/complete

        Args:
            work_item_id: Work item ID.
            version: Current version of the work item, as read; a stale one fails with a
                conflict.
            target_status: Status the work item ends in.
            idempotency_key: Key that makes a retry return the first result; reuse it
                only for the same request.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "target_status": target_status,
            "idempotency_key": idempotency_key,
        }
        return self._client.request(_WORK_ITEMS_COMPLETE, args, **options)

    def convert(
        self,
        *,
        work_item_id: str,
        version: int,
        idempotency_key: str,
        target_status: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Turn a work item into a follow-up.

        Converts an action item into a follow-up, optionally with a new status.
        `version` must be its current version. The request carries an `idempotency_key`,
        so the SDK retries it safely: the server answers a repeat with the first result
        (`idempotent_replay` is then true).

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/convert

        Args:
            work_item_id: Work item ID.
            version: Current version of the work item, as read; a stale one fails with a
                conflict.
            idempotency_key: Key that makes a retry return the first result; reuse it
                only for the same request.
            target_status: Status the work item ends in.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "idempotency_key": idempotency_key,
            "target_status": target_status,
        }
        return self._client.request(_WORK_ITEMS_CONVERT, args, **options)

    def set_assignees(
        self,
        *,
        work_item_id: str,
        version: int,
        assignee_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Replace the assignees of a work item.

        Sets the full list of members a work item is assigned to (an empty list clears
        it); the answer says who was added and who removed. `version` must be its
        current version.

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/assignees/reset

        Args:
            work_item_id: Work item ID.
            version: Current version of the work item, as read; a stale one fails with a
                conflict.
            assignee_ids: Members to assign.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"work_item_id": work_item_id, "version": version, "assignee_ids": assignee_ids}
        return self._client.request(_WORK_ITEMS_SET_ASSIGNEES, args, **options)

    def bind_post_mortem(
        self,
        *,
        post_mortem_id: str,
        incident_id: str,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> WorkItemPage:
        """Attach an incident's work items to a post-mortem.

        Links every work item of an incident to one of its post-mortems and answers the
        items. The request carries an `idempotency_key`, so the SDK retries it safely:
        the server answers a repeat with the first result (`idempotent_replay` is then
        true).

        Permission: Incidents Manage.
        HTTP: POST /incident/work-item/post-mortem/bind

        Args:
            post_mortem_id: Post-mortem ID.
            incident_id: Incident ID.
            idempotency_key: Key that makes a retry return the first result; reuse it
                only for the same request.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "post_mortem_id": post_mortem_id,
            "incident_id": incident_id,
            "idempotency_key": idempotency_key,
        }
        return self._client.request(_WORK_ITEMS_BIND_POST_MORTEM, args, **options)


class AsyncIncidentsWorkItems(AsyncResource):
    """Operations under `client.incidents.work_items`."""

    async def list(
        self,
        *,
        incident_id: str | Omit = OMIT,
        post_mortem_id: str | Omit = OMIT,
        item_type: Literal["action", "follow_up"] | EnumValue | Omit = OMIT,
        assignee_id: int | Omit = OMIT,
        cursor: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemPage:
        """List work items: the awaitable `IncidentsWorkItems.list`, documented there."""
        args = {
            "incident_id": incident_id,
            "post_mortem_id": post_mortem_id,
            "item_type": item_type,
            "assignee_id": assignee_id,
            "cursor": cursor,
            "limit": limit,
        }
        return await self._client.request(_WORK_ITEMS_LIST, args, **options)

    async def create(
        self,
        *,
        item_type: Literal["action", "follow_up"] | EnumValue,
        title: str,
        incident_id: str,
        idempotency_key: str,
        description: str | Omit = OMIT,
        status: str | Omit = OMIT,
        priority: str | Omit = OMIT,
        post_mortem_id: str | Omit = OMIT,
        assignee_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Create a work item: the awaitable `IncidentsWorkItems.create`, documented there."""
        args = {
            "item_type": item_type,
            "title": title,
            "incident_id": incident_id,
            "idempotency_key": idempotency_key,
            "description": description,
            "status": status,
            "priority": priority,
            "post_mortem_id": post_mortem_id,
            "assignee_ids": assignee_ids,
        }
        return await self._client.request(_WORK_ITEMS_CREATE, args, **options)

    async def update(
        self,
        *,
        work_item_id: str,
        version: int,
        title: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        status: str | None | Omit = OMIT,
        priority: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Update a work item: the awaitable `IncidentsWorkItems.update`, documented there."""
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "title": title,
            "description": description,
            "status": status,
            "priority": priority,
        }
        return await self._client.request(_WORK_ITEMS_UPDATE, args, **options)

    async def delete(
        self, *, work_item_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> WorkItemResult:
        """Delete a work item: the awaitable `IncidentsWorkItems.delete`, documented there."""
        args = {"work_item_id": work_item_id, "version": version}
        return await self._client.request(_WORK_ITEMS_DELETE, args, **options)

    async def complete(
        self,
        *,
        work_item_id: str,
        version: int,
        target_status: str,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Complete a work item: the awaitable `IncidentsWorkItems.complete`, documented there."""
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "target_status": target_status,
            "idempotency_key": idempotency_key,
        }
        return await self._client.request(_WORK_ITEMS_COMPLETE, args, **options)

    async def convert(
        self,
        *,
        work_item_id: str,
        version: int,
        idempotency_key: str,
        target_status: str | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Turn a work item into a follow-up: the awaitable `IncidentsWorkItems.convert`, documented there."""
        args = {
            "work_item_id": work_item_id,
            "version": version,
            "idempotency_key": idempotency_key,
            "target_status": target_status,
        }
        return await self._client.request(_WORK_ITEMS_CONVERT, args, **options)

    async def set_assignees(
        self,
        *,
        work_item_id: str,
        version: int,
        assignee_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> WorkItemResult:
        """Replace the assignees of a work item: the awaitable `IncidentsWorkItems.set_assignees`, documented there."""
        args = {"work_item_id": work_item_id, "version": version, "assignee_ids": assignee_ids}
        return await self._client.request(_WORK_ITEMS_SET_ASSIGNEES, args, **options)

    async def bind_post_mortem(
        self,
        *,
        post_mortem_id: str,
        incident_id: str,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> WorkItemPage:
        """Attach an incident's work items to a post-mortem: the awaitable `IncidentsWorkItems.bind_post_mortem`, documented there."""
        args = {
            "post_mortem_id": post_mortem_id,
            "incident_id": incident_id,
            "idempotency_key": idempotency_key,
        }
        return await self._client.request(_WORK_ITEMS_BIND_POST_MORTEM, args, **options)
