"""`client.incidents.post_mortems.templates`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.post_mortem_template import PostMortemTemplate
    from ..types.defs.post_mortem_template_page import PostMortemTemplatePage

_TYPES = TypeNames(
    __name__,
    {
        "PostMortemTemplate": "defs.post_mortem_template",
        "PostMortemTemplatePage": "defs.post_mortem_template_page",
    },
)

__all__ = ["IncidentsPostMortemsTemplates", "AsyncIncidentsPostMortemsTemplates"]

_POST_MORTEMS_TEMPLATES_LIST: Endpoint[PostMortemTemplatePage] = Endpoint(
    "POST",
    "/incident/post-mortem/template/list",
    kind="page",
    data="PostMortemTemplatePage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="p"),
)
_POST_MORTEMS_TEMPLATES_INFO: Endpoint[PostMortemTemplate] = Endpoint(
    "GET",
    "/incident/post-mortem/template/info",
    kind="model",
    data="PostMortemTemplate",
    types=_TYPES,
    idempotent=True,
    query=("template_id",),
)
_POST_MORTEMS_TEMPLATES_UPSERT: Endpoint[PostMortemTemplate] = Endpoint(
    "POST",
    "/incident/post-mortem/template/upsert",
    kind="model",
    data="PostMortemTemplate",
    types=_TYPES,
)
_POST_MORTEMS_TEMPLATES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/incident/post-mortem/template/delete", kind="none"
)


class IncidentsPostMortemsTemplates(SyncResource):
    """Operations under `client.incidents.post_mortems.templates`."""

    def list(
        self,
        *,
        search_after_ctx: str | Omit = OMIT,
        order_by: Literal["created_at_seconds"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PostMortemTemplate, PostMortemTemplatePage]:
        """List post-mortem templates.

        Returns all post-mortem templates the account can use, ordered with the built-in
        templates ahead of custom ones. Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/template/list

        Args:
            search_after_ctx: The `search_after_ctx` of the page before, to continue
                after it.
            order_by: Sort key.
            asc: Oldest first when true; newest first otherwise.
            p: Page number, from 1.
            limit: Page size.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "search_after_ctx": search_after_ctx,
            "order_by": order_by,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return sync_page(self._client, _POST_MORTEMS_TEMPLATES_LIST, args, options)

    def info(self, *, template_id: str, **options: Unpack[RequestOptions]) -> PostMortemTemplate:
        """Get one post-mortem template.

        Returns a post-mortem template with its body. Documented only in the legacy
        reference.

        HTTP: GET /incident/post-mortem/template/info

        Args:
            template_id: The template to fetch.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"template_id": template_id}
        return self._client.request(_POST_MORTEMS_TEMPLATES_INFO, args, **options)

    def upsert(
        self,
        *,
        name: str,
        content: str,
        template_id: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        content_markdown: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> PostMortemTemplate:
        """Create or update a post-mortem template.

        Creates a template when `template_id` is empty (then `team_id` is required) or
        updates the given one (only members of its managing team and account admins
        may). Returns the stored template. Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/template/upsert

        Args:
            name: Template name.
            content: Template body as a serialized BlockNote document (JSON text).
            template_id: Template to update; leave empty to create one.
            team_id: Managing team. Required on create; on update 0 or absent keeps the
                current team.
            description: What the template is for.
            content_markdown: The same body as Markdown, used by AI generation.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "name": name,
            "content": content,
            "template_id": template_id,
            "team_id": team_id,
            "description": description,
            "content_markdown": content_markdown,
        }
        return self._client.request(_POST_MORTEMS_TEMPLATES_UPSERT, args, **options)

    def delete(self, *, template_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a post-mortem template.

        Removes a template the account created; the built-in templates are permanent.
        Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/template/delete

        Args:
            template_id: Template to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"template_id": template_id}
        return self._client.request(_POST_MORTEMS_TEMPLATES_DELETE, args, **options)


class AsyncIncidentsPostMortemsTemplates(AsyncResource):
    """Operations under `client.incidents.post_mortems.templates`."""

    def list(
        self,
        *,
        search_after_ctx: str | Omit = OMIT,
        order_by: Literal["created_at_seconds"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PostMortemTemplate, PostMortemTemplatePage]:
        """List post-mortem templates: the awaitable `IncidentsPostMortemsTemplates.list`, documented there."""
        args = {
            "search_after_ctx": search_after_ctx,
            "order_by": order_by,
            "asc": asc,
            "p": p,
            "limit": limit,
        }
        return AsyncPager(self._client, _POST_MORTEMS_TEMPLATES_LIST, args, options)

    async def info(
        self, *, template_id: str, **options: Unpack[RequestOptions]
    ) -> PostMortemTemplate:
        """Get one post-mortem template: the awaitable `IncidentsPostMortemsTemplates.info`, documented there."""
        args = {"template_id": template_id}
        return await self._client.request(_POST_MORTEMS_TEMPLATES_INFO, args, **options)

    async def upsert(
        self,
        *,
        name: str,
        content: str,
        template_id: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        description: str | Omit = OMIT,
        content_markdown: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> PostMortemTemplate:
        """Create or update a post-mortem template: the awaitable `IncidentsPostMortemsTemplates.upsert`, documented there."""
        args = {
            "name": name,
            "content": content,
            "template_id": template_id,
            "team_id": team_id,
            "description": description,
            "content_markdown": content_markdown,
        }
        return await self._client.request(_POST_MORTEMS_TEMPLATES_UPSERT, args, **options)

    async def delete(self, *, template_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a post-mortem template: the awaitable `IncidentsPostMortemsTemplates.delete`, documented there."""
        args = {"template_id": template_id}
        return await self._client.request(_POST_MORTEMS_TEMPLATES_DELETE, args, **options)
