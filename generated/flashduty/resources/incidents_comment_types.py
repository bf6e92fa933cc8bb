"""`client.incidents.comment_types`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.comment_type_created import CommentTypeCreated
    from ..types.defs.comment_type_list import CommentTypeList

_TYPES = TypeNames(
    __name__,
    {
        "CommentTypeCreated": "defs.comment_type_created",
        "CommentTypeList": "defs.comment_type_list",
    },
)

__all__ = ["IncidentsCommentTypes", "AsyncIncidentsCommentTypes"]

_COMMENT_TYPES_LIST: Endpoint[CommentTypeList] = Endpoint(
    "POST",
    "/incident/comment-type/list",
    kind="model",
    data="CommentTypeList",
    types=_TYPES,
    idempotent=True,
)
_COMMENT_TYPES_CREATE: Endpoint[CommentTypeCreated] = Endpoint(
    "POST", "/incident/comment-type/create", kind="model", data="CommentTypeCreated", types=_TYPES
)
_COMMENT_TYPES_UPDATE: Endpoint[None] = Endpoint(
    "POST", "/incident/comment-type/update", kind="none"
)
_COMMENT_TYPES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/incident/comment-type/delete", kind="none"
)
_COMMENT_TYPES_REORDER: Endpoint[None] = Endpoint(
    "POST", "/incident/comment-type/reorder", kind="none"
)


class IncidentsCommentTypes(SyncResource):
    """Operations under `client.incidents.comment_types`."""

    def list(self, **options: Unpack[RequestOptions]) -> CommentTypeList:
        """List comment types.

        Lists the labels the account offers for incident comments ("Key finding",
        "Hypothesis", ...), in their display order.

        Permission: Incidents Read.
        HTTP: POST /incident/comment-type/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_COMMENT_TYPES_LIST, args, **options)

    def create(
        self, *, name: str, color: str, **options: Unpack[RequestOptions]
    ) -> CommentTypeCreated:
        """Create a comment type.

        Adds a comment label with a name and a `#RRGGBB` colour; it goes to the end of
        the order.

        Permission: Comment Types Manage.
        HTTP: POST /incident/comment-type/create

        Args:
            name: Name.
            color: Colour as `#RRGGBB`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"name": name, "color": color}
        return self._client.request(_COMMENT_TYPES_CREATE, args, **options)

    def update(
        self,
        *,
        comment_type_id: str,
        name: str | Omit = OMIT,
        color: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a comment type.

        Renames or recolours a comment label; fields left out keep their value.

        Permission: Comment Types Manage.
        HTTP: POST /incident/comment-type/update

        Args:
            comment_type_id: Comment label ID.
            name: Name.
            color: Colour as `#RRGGBB`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"comment_type_id": comment_type_id, "name": name, "color": color}
        return self._client.request(_COMMENT_TYPES_UPDATE, args, **options)

    def delete(self, *, comment_type_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a comment type.

        Removes a comment label. Comments that used it keep their text.

        Permission: Comment Types Manage.
        HTTP: POST /incident/comment-type/delete

        Args:
            comment_type_id: Comment label ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"comment_type_id": comment_type_id}
        return self._client.request(_COMMENT_TYPES_DELETE, args, **options)

    def reorder(
        self, *, comment_type_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Reorder comment types.

        Sets the display order of the comment labels: pass every label ID once, first
        one first.

        Permission: Comment Types Manage.
        HTTP: POST /incident/comment-type/reorder

        Args:
            comment_type_ids: Every comment label ID once, in the new order.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"comment_type_ids": comment_type_ids}
        return self._client.request(_COMMENT_TYPES_REORDER, args, **options)


class AsyncIncidentsCommentTypes(AsyncResource):
    """Operations under `client.incidents.comment_types`."""

    async def list(self, **options: Unpack[RequestOptions]) -> CommentTypeList:
        """List comment types: the awaitable `IncidentsCommentTypes.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_COMMENT_TYPES_LIST, args, **options)

    async def create(
        self, *, name: str, color: str, **options: Unpack[RequestOptions]
    ) -> CommentTypeCreated:
        """Create a comment type: the awaitable `IncidentsCommentTypes.create`, documented there."""
        args = {"name": name, "color": color}
        return await self._client.request(_COMMENT_TYPES_CREATE, args, **options)

    async def update(
        self,
        *,
        comment_type_id: str,
        name: str | Omit = OMIT,
        color: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a comment type: the awaitable `IncidentsCommentTypes.update`, documented there."""
        args = {"comment_type_id": comment_type_id, "name": name, "color": color}
        return await self._client.request(_COMMENT_TYPES_UPDATE, args, **options)

    async def delete(self, *, comment_type_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a comment type: the awaitable `IncidentsCommentTypes.delete`, documented there."""
        args = {"comment_type_id": comment_type_id}
        return await self._client.request(_COMMENT_TYPES_DELETE, args, **options)

    async def reorder(
        self, *, comment_type_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Reorder comment types: the awaitable `IncidentsCommentTypes.reorder`, documented there."""
        args = {"comment_type_ids": comment_type_ids}
        return await self._client.request(_COMMENT_TYPES_REORDER, args, **options)
