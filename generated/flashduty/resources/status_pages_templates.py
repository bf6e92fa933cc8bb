"""`client.status_pages.templates`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import EnumValue

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.status_page_template import StatusPageTemplate
    from ..types.defs.status_page_template_list import StatusPageTemplateList
    from ..types.defs.status_page_template_saved import StatusPageTemplateSaved

_TYPES = TypeNames(
    __name__,
    {
        "StatusPageTemplate": "defs.status_page_template",
        "StatusPageTemplateList": "defs.status_page_template_list",
        "StatusPageTemplateSaved": "defs.status_page_template_saved",
    },
)

__all__ = ["StatusPagesTemplates", "AsyncStatusPagesTemplates"]

_TEMPLATES_LIST: Endpoint[StatusPageTemplateList] = Endpoint(
    "GET",
    "/status-page/template/list",
    kind="model",
    data="StatusPageTemplateList",
    types=_TYPES,
    idempotent=True,
    query=("page_id", "type"),
)
_TEMPLATES_UPSERT: Endpoint[StatusPageTemplateSaved] = Endpoint(
    "POST",
    "/status-page/template/upsert",
    kind="model",
    data="StatusPageTemplateSaved",
    types=_TYPES,
    models={"template": ("StatusPageTemplate", "")},
)
_TEMPLATES_DELETE: Endpoint[None] = Endpoint("POST", "/status-page/template/delete", kind="none")


class StatusPagesTemplates(SyncResource):
    """Operations under `client.status_pages.templates`."""

    def list(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> StatusPageTemplateList:
        """List status page templates.

        Lists the text templates of a status page of one kind: `pre_defined` templates
        fill in a whole event update, `message` templates hold text per status.

        HTTP: GET /status-page/template/list

        Args:
            page_id: Status page whose templates to list.
            type: Kind of template.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "type": type}
        return self._client.request(_TEMPLATES_LIST, args, **options)

    def upsert(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        template: StatusPageTemplate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> StatusPageTemplateSaved:
        """Create or update a status page template.

        Saves a template of a status page (a new one, or the one named by
        `template.template_id`) and answers its ID.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/template/upsert

        Args:
            page_id: Status page ID.
            type: Kind.
            template: The template; give `template_id` to change an existing one.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "type": type, "template": template}
        return self._client.request(_TEMPLATES_UPSERT, args, **options)

    def delete(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a status page template.

        Removes one template of a status page.

        Permission: Status Pages Manage.
        HTTP: POST /status-page/template/delete

        Args:
            page_id: Status page ID.
            type: Kind.
            template_id: Template ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"page_id": page_id, "type": type, "template_id": template_id}
        return self._client.request(_TEMPLATES_DELETE, args, **options)


class AsyncStatusPagesTemplates(AsyncResource):
    """Operations under `client.status_pages.templates`."""

    async def list(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> StatusPageTemplateList:
        """List status page templates: the awaitable `StatusPagesTemplates.list`, documented there."""
        args = {"page_id": page_id, "type": type}
        return await self._client.request(_TEMPLATES_LIST, args, **options)

    async def upsert(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        template: StatusPageTemplate | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> StatusPageTemplateSaved:
        """Create or update a status page template: the awaitable `StatusPagesTemplates.upsert`, documented there."""
        args = {"page_id": page_id, "type": type, "template": template}
        return await self._client.request(_TEMPLATES_UPSERT, args, **options)

    async def delete(
        self,
        *,
        page_id: int,
        type: Literal["pre_defined", "message"] | EnumValue,
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a status page template: the awaitable `StatusPagesTemplates.delete`, documented there."""
        args = {"page_id": page_id, "type": type, "template_id": template_id}
        return await self._client.request(_TEMPLATES_DELETE, args, **options)
