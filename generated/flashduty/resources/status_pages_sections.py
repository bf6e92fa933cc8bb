"""`client.status_pages.sections`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_section import StatusPageSection
    from ..types.defs.status_page_section_ids import StatusPageSectionIds

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageSection": "defs.status_page_section",
        "StatusPageSectionIds": "defs.status_page_section_ids",
    },
)

__all__ = ["StatusPagesSections", "AsyncStatusPagesSections"]

_SECTIONS_UPSERT: Endpoint[StatusPageSectionIds] = Endpoint(
    "POST",
    "/status-page/section/upsert",
    kind="model",
    data="StatusPageSectionIds",
    types=_TYPES,
    models={"sections": ("StatusPageSection", "l")},
)
_SECTIONS_DELETE: Endpoint[None] = Endpoint("POST", "/status-page/section/delete", kind="none")


class StatusPagesSections(SyncResource):
    """Operations under `client.status_pages.sections`."""

    def upsert(
        self,
        *,
        page_id: int,
        sections: SequenceNotStr[StatusPageSection | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> StatusPageSectionIds:
        """Create or update status page sections.

        Adds sections (groups of components) to a status page, or changes those whose
        `section_id` is given, and answers the IDs in the order sent.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/section/upsert

        Args:
            page_id: Status page ID.
            sections: Sections to create (no `section_id`) or change.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "sections": sections}
        return self._client.request(_SECTIONS_UPSERT, args, **options)

    def delete(
        self, *, page_id: int, section_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete status page sections.

        Removes sections from a status page.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/section/delete

        Args:
            page_id: Status page ID.
            section_ids: Sections to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "section_ids": section_ids}
        return self._client.request(_SECTIONS_DELETE, args, **options)


class AsyncStatusPagesSections(AsyncResource):
    """Operations under `client.status_pages.sections`."""

    async def upsert(
        self,
        *,
        page_id: int,
        sections: SequenceNotStr[StatusPageSection | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> StatusPageSectionIds:
        """Create or update status page sections: the awaitable `StatusPagesSections.upsert`, documented there."""
        args = {"page_id": page_id, "sections": sections}
        return await self._client.request(_SECTIONS_UPSERT, args, **options)

    async def delete(
        self, *, page_id: int, section_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete status page sections: the awaitable `StatusPagesSections.delete`, documented there."""
        args = {"page_id": page_id, "section_ids": section_ids}
        return await self._client.request(_SECTIONS_DELETE, args, **options)
