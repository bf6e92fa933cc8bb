"""`client.status_pages.components`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_component import StatusPageComponent
    from ..types.defs.status_page_component_ids import StatusPageComponentIds

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageComponent": "defs.status_page_component",
        "StatusPageComponentIds": "defs.status_page_component_ids",
    },
)

__all__ = ["StatusPagesComponents", "AsyncStatusPagesComponents"]

_COMPONENTS_UPSERT: Endpoint[StatusPageComponentIds] = Endpoint(
    "POST",
    "/status-page/component/upsert",
    kind="model",
    data="StatusPageComponentIds",
    types=_TYPES,
    models={"components": ("StatusPageComponent", "l")},
)
_COMPONENTS_DELETE: Endpoint[None] = Endpoint("POST", "/status-page/component/delete", kind="none")


class StatusPagesComponents(SyncResource):
    """Operations under `client.status_pages.components`."""

    def upsert(
        self,
        *,
        page_id: int,
        components: SequenceNotStr[StatusPageComponent | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> StatusPageComponentIds:
        """Create or update status page components.

        Adds components to a status page, or changes those whose `component_id` is
        given, and answers the IDs in the order sent.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/component/upsert

        Args:
            page_id: Status page ID.
            components: Components to create (no `component_id`) or change.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "components": components}
        return self._client.request(_COMPONENTS_UPSERT, args, **options)

    def delete(
        self, *, page_id: int, component_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete status page components.

        Removes components from a status page.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/component/delete

        Args:
            page_id: Status page ID.
            component_ids: Components to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "component_ids": component_ids}
        return self._client.request(_COMPONENTS_DELETE, args, **options)


class AsyncStatusPagesComponents(AsyncResource):
    """Operations under `client.status_pages.components`."""

    async def upsert(
        self,
        *,
        page_id: int,
        components: SequenceNotStr[StatusPageComponent | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> StatusPageComponentIds:
        """Create or update status page components: the awaitable `StatusPagesComponents.upsert`, documented there."""
        args = {"page_id": page_id, "components": components}
        return await self._client.request(_COMPONENTS_UPSERT, args, **options)

    async def delete(
        self, *, page_id: int, component_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete status page components: the awaitable `StatusPagesComponents.delete`, documented there."""
        args = {"page_id": page_id, "component_ids": component_ids}
        return await self._client.request(_COMPONENTS_DELETE, args, **options)
