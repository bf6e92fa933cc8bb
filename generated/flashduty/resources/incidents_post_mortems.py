"""`client.incidents.post_mortems`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, FileInput, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .incidents_post_mortems_templates import (
        IncidentsPostMortemsTemplates,
        AsyncIncidentsPostMortemsTemplates,
    )
    from ..types.defs.post_mortem import PostMortem
    from ..types.defs.post_mortem_content_reset import PostMortemContentReset
    from ..types.defs.post_mortem_media import PostMortemMedia
    from ..types.defs.post_mortem_meta import PostMortemMeta
    from ..types.defs.post_mortem_page import PostMortemPage

_TYPES = TypeNames(
    __name__,
    {
        "PostMortem": "defs.post_mortem",
        "PostMortemContentReset": "defs.post_mortem_content_reset",
        "PostMortemMedia": "defs.post_mortem_media",
        "PostMortemMeta": "defs.post_mortem_meta",
        "PostMortemPage": "defs.post_mortem_page",
    },
)

__all__ = ["IncidentsPostMortems", "AsyncIncidentsPostMortems"]

_POST_MORTEMS_LIST: Endpoint[PostMortemPage] = Endpoint(
    "POST",
    "/incident/post-mortem/list",
    kind="page",
    data="PostMortemPage",
    types=_TYPES,
    idempotent=True,
    times={"created_at_start_seconds": 1, "created_at_end_seconds": 1},
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_POST_MORTEMS_INFO: Endpoint[PostMortem] = Endpoint(
    "GET",
    "/incident/post-mortem/info",
    kind="model",
    data="PostMortem",
    types=_TYPES,
    idempotent=True,
    query=("post_mortem_id",),
)
_POST_MORTEMS_INIT: Endpoint[PostMortem] = Endpoint(
    "POST", "/incident/post-mortem/init", kind="model", data="PostMortem", types=_TYPES
)
_POST_MORTEMS_DELETE: Endpoint[None] = Endpoint("POST", "/incident/post-mortem/delete", kind="none")
_POST_MORTEMS_UPDATE_BASICS: Endpoint[None] = Endpoint(
    "POST",
    "/incident/post-mortem/basics/reset",
    kind="none",
    times={"incidents_earliest_start_seconds": 1, "incidents_latest_close_seconds": 1},
)
_POST_MORTEMS_UPDATE_FOLLOW_UPS: Endpoint[None] = Endpoint(
    "POST", "/incident/post-mortem/follow-ups/reset", kind="none"
)
_POST_MORTEMS_UPDATE_STATUS: Endpoint[None] = Endpoint(
    "POST", "/incident/post-mortem/status/reset", kind="none"
)
_POST_MORTEMS_UPDATE_TITLE: Endpoint[None] = Endpoint(
    "POST", "/incident/post-mortem/title/reset", kind="none"
)
_POST_MORTEMS_UPLOAD_MEDIA: Endpoint[PostMortemMedia] = Endpoint(
    "POST",
    "/incident/post-mortem/media/upload",
    kind="model",
    data="PostMortemMedia",
    types=_TYPES,
    files=("file",),
    multipart=True,
)
_POST_MORTEMS_GENERATE: Endpoint[bytes] = Endpoint(
    "POST", "/ai/post-mortem/generate", kind="bytes", limits=(None, 5)
)
_POST_MORTEMS_RESET_CONTENT: Endpoint[PostMortemContentReset] = Endpoint(
    "POST",
    "/incident/post-mortem/content/reset",
    kind="model",
    data="PostMortemContentReset",
    types=_TYPES,
    idempotent=True,
    limits=(20, 300),
)


class IncidentsPostMortems(SyncResource):
    """Operations under `client.incidents.post_mortems`."""

    @cached_property
    def templates(self) -> IncidentsPostMortemsTemplates:
        from .incidents_post_mortems_templates import IncidentsPostMortemsTemplates

        return IncidentsPostMortemsTemplates(self._client)

    def list(
        self,
        *,
        status: Literal["drafting", "published"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        created_at_start_seconds: int | datetime | Omit = OMIT,
        created_at_end_seconds: int | datetime | Omit = OMIT,
        order_by: Literal["created_at_seconds", "updated_at_seconds"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PostMortemMeta, PostMortemPage]:
        """List post-mortems.

        Lists post-mortem reports (their metadata, without the body), filtered by
        status, team, channel and creation time. The server lists only published reports
        when `status` is omitted. Pages with `p` and `limit`, or with the
        `search_after_ctx` cursor.

        Permission: Incidents Read.
        HTTP: POST /incident/post-mortem/list

        Args:
            status: Whether the report is still a draft or has been published.
            team_ids: Only reports owned by these teams.
            channel_ids: Only reports owned by these channels.
            created_at_start_seconds: Created at or after this time, Unix seconds. An
                aware `datetime` is accepted too.
            created_at_end_seconds: Created at or before this time, Unix seconds. An
                aware `datetime` is accepted too.
            order_by: Sort key.
            asc: Oldest first when true; newest first otherwise.
            p: Page number, from 1.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "status": status,
            "team_ids": team_ids,
            "channel_ids": channel_ids,
            "created_at_start_seconds": created_at_start_seconds,
            "created_at_end_seconds": created_at_end_seconds,
            "order_by": order_by,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _POST_MORTEMS_LIST, args, options)

    def info(self, *, post_mortem_id: str, **options: Unpack[RequestOptions]) -> PostMortem:
        """Get one post-mortem.

        Returns a post-mortem report in full - metadata, incident figures, body and
        follow-ups.

        Permission: Incidents Read.
        HTTP: GET /incident/post-mortem/info

        Args:
            post_mortem_id: The report to fetch.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id}
        return self._client.request(_POST_MORTEMS_INFO, args, **options)

    def init(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> PostMortem:
        """Start a post-mortem.

        Creates an empty post-mortem for one or more incidents from a template and
        returns it. The report ID is derived from the incident set, so the same
        incidents always lead to the same report. Documented only in the legacy
        reference.

        HTTP: POST /incident/post-mortem/init

        Args:
            incident_ids: Incidents the report covers, one or more.
            template_id: Template to start from.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"incident_ids": incident_ids, "template_id": template_id}
        return self._client.request(_POST_MORTEMS_INIT, args, **options)

    def delete(self, *, post_mortem_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a post-mortem.

        Removes a post-mortem report. Its incidents remain, with no link to the report
        any more.

        Permission: Incidents Manage.
        HTTP: POST /incident/post-mortem/delete

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id}
        return self._client.request(_POST_MORTEMS_DELETE, args, **options)

    def update_basics(
        self,
        *,
        post_mortem_id: str,
        incidents_highest_severity: str,
        incidents_earliest_start_seconds: int | datetime,
        incidents_latest_close_seconds: int | datetime,
        incidents_total_duration_seconds: int,
        responder_ids: SequenceNotStr[int],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Overwrite a post-mortem's incident figures.

        Replaces the figures computed from the incidents (worst severity, start, close,
        total duration, responders) with values you supply. Every field is required.
        Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/basics/reset

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            incidents_highest_severity: Worst severity among the incidents, e.g.
                `Critical`.
            incidents_earliest_start_seconds: Earliest incident start, Unix seconds. An
                aware `datetime` is accepted too.
            incidents_latest_close_seconds: Latest incident close, Unix seconds. An
                aware `datetime` is accepted too.
            incidents_total_duration_seconds: Combined duration of the incidents, in
                seconds.
            responder_ids: Members to list as responders.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "post_mortem_id": post_mortem_id,
            "incidents_highest_severity": incidents_highest_severity,
            "incidents_earliest_start_seconds": incidents_earliest_start_seconds,
            "incidents_latest_close_seconds": incidents_latest_close_seconds,
            "incidents_total_duration_seconds": incidents_total_duration_seconds,
            "responder_ids": responder_ids,
        }
        return self._client.request(_POST_MORTEMS_UPDATE_BASICS, args, **options)

    def update_follow_ups(
        self,
        *,
        post_mortem_id: str,
        follow_ups: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace a post-mortem's follow-ups.

        Replaces the report's follow-up actions. Works whatever the report's status,
        draft or published. Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/follow-ups/reset

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            follow_ups: Follow-up actions as free text; empty clears them.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id, "follow_ups": follow_ups}
        return self._client.request(_POST_MORTEMS_UPDATE_FOLLOW_UPS, args, **options)

    def update_status(
        self,
        *,
        post_mortem_id: str,
        status: Literal["drafting", "published"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish or unpublish a post-mortem.

        Moves a report between draft and published. Documented only in the legacy
        reference.

        HTTP: POST /incident/post-mortem/status/reset

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            status: Whether the report is still a draft or has been published.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id, "status": status}
        return self._client.request(_POST_MORTEMS_UPDATE_STATUS, args, **options)

    def update_title(
        self, *, post_mortem_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Rename a post-mortem.

        Sets the title of a report. Documented only in the legacy reference.

        HTTP: POST /incident/post-mortem/title/reset

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            title: Replacement title; 256 characters at most.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id, "title": title}
        return self._client.request(_POST_MORTEMS_UPDATE_TITLE, args, **options)

    def upload_media(
        self, *, post_mortem_id: str, file: FileInput, **options: Unpack[RequestOptions]
    ) -> PostMortemMedia:
        """Upload an image to a post-mortem.

        Stores an image (PNG, JPEG, GIF or WebP, at most 4 MB) for use in a report and
        returns its storage key. A report keeps up to 100 images; once that limit is
        hit, uploads the body no longer uses are cleared out to free space. Documented
        only in the legacy reference.

        HTTP: POST /incident/post-mortem/media/upload

        Args:
            post_mortem_id: Post-mortem ID, an MD5 hex string the server derives from
                the account and the set of linked incidents, so the same incidents
                always map to the same report.
            file: The image: `.png`, `.jpg`, `.jpeg`, `.gif` or `.webp`, at most 4 MB.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"post_mortem_id": post_mortem_id, "file": file}
        return self._client.request(_POST_MORTEMS_UPLOAD_MEDIA, args, **options)

    def generate(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Draft a post-mortem with AI (stream).

        Has an AI model write a post-mortem draft from the incidents' data, timeline and
        chat history, following a template, and streams it back as server-sent events
        (`text/event-stream`). Each `data:` line is JSON `{"content": "<markdown
        fragment>"}`; concatenate the fragments to get the Markdown text. The stream
        ends with `event: done` (data `{}`), or with `event: error` whose data is
        `{"message": "..."}`. Invalid input and rate limiting are reported as an
        ordinary JSON error envelope before the stream starts. Limited to 5 calls per
        minute per account. Documented only in the legacy reference.

        Rate limit: 5 per minute.
        HTTP: POST /ai/post-mortem/generate

        Args:
            incident_ids: Incidents to write about, one or more.
            template_id: Template whose structure the draft follows.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {"incident_ids": incident_ids, "template_id": template_id}
        return self._client.request(_POST_MORTEMS_GENERATE, args, **options)

    def reset_content(
        self,
        *,
        post_mortem_id: str,
        markdown: str,
        expected_revision: int | None,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> PostMortemContentReset:
        """Replace the content of a post-mortem.

        Overwrites the body of a draft post-mortem with Markdown (at most 4 MiB) and
        starts a new collaborative editing generation; it cannot be undone.
        `expected_revision` must be the current revision and an `idempotency_key` may
        only be reused for the same report, revision and text: otherwise the call fails
        with `Conflict` (`ConflictError`). Thanks to that key the SDK retries it safely.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /incident/post-mortem/content/reset

        Args:
            post_mortem_id: Post-mortem ID.
            markdown: New content in Markdown, at most 4 MiB.
            expected_revision: Current revision of the post-mortem, as read.
            idempotency_key: Key that makes a retry return the first result; reuse it
                only for the same request.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "post_mortem_id": post_mortem_id,
            "markdown": markdown,
            "expected_revision": expected_revision,
            "idempotency_key": idempotency_key,
        }
        return self._client.request(_POST_MORTEMS_RESET_CONTENT, args, **options)


class AsyncIncidentsPostMortems(AsyncResource):
    """Operations under `client.incidents.post_mortems`."""

    @cached_property
    def templates(self) -> AsyncIncidentsPostMortemsTemplates:
        from .incidents_post_mortems_templates import AsyncIncidentsPostMortemsTemplates

        return AsyncIncidentsPostMortemsTemplates(self._client)

    def list(
        self,
        *,
        status: Literal["drafting", "published"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        channel_ids: SequenceNotStr[int] | Omit = OMIT,
        created_at_start_seconds: int | datetime | Omit = OMIT,
        created_at_end_seconds: int | datetime | Omit = OMIT,
        order_by: Literal["created_at_seconds", "updated_at_seconds"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PostMortemMeta, PostMortemPage]:
        """List post-mortems: the awaitable `IncidentsPostMortems.list`, documented there."""
        args = {
            "status": status,
            "team_ids": team_ids,
            "channel_ids": channel_ids,
            "created_at_start_seconds": created_at_start_seconds,
            "created_at_end_seconds": created_at_end_seconds,
            "order_by": order_by,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _POST_MORTEMS_LIST, args, options)

    async def info(self, *, post_mortem_id: str, **options: Unpack[RequestOptions]) -> PostMortem:
        """Get one post-mortem: the awaitable `IncidentsPostMortems.info`, documented there."""
        args = {"post_mortem_id": post_mortem_id}
        return await self._client.request(_POST_MORTEMS_INFO, args, **options)

    async def init(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> PostMortem:
        """Start a post-mortem: the awaitable `IncidentsPostMortems.init`, documented there."""
        args = {"incident_ids": incident_ids, "template_id": template_id}
        return await self._client.request(_POST_MORTEMS_INIT, args, **options)

    async def delete(self, *, post_mortem_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a post-mortem: the awaitable `IncidentsPostMortems.delete`, documented there."""
        args = {"post_mortem_id": post_mortem_id}
        return await self._client.request(_POST_MORTEMS_DELETE, args, **options)

    async def update_basics(
        self,
        *,
        post_mortem_id: str,
        incidents_highest_severity: str,
        incidents_earliest_start_seconds: int | datetime,
        incidents_latest_close_seconds: int | datetime,
        incidents_total_duration_seconds: int,
        responder_ids: SequenceNotStr[int],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Overwrite a post-mortem's incident figures: the awaitable `IncidentsPostMortems.update_basics`, documented there."""
        args = {
            "post_mortem_id": post_mortem_id,
            "incidents_highest_severity": incidents_highest_severity,
            "incidents_earliest_start_seconds": incidents_earliest_start_seconds,
            "incidents_latest_close_seconds": incidents_latest_close_seconds,
            "incidents_total_duration_seconds": incidents_total_duration_seconds,
            "responder_ids": responder_ids,
        }
        return await self._client.request(_POST_MORTEMS_UPDATE_BASICS, args, **options)

    async def update_follow_ups(
        self,
        *,
        post_mortem_id: str,
        follow_ups: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Replace a post-mortem's follow-ups: the awaitable `IncidentsPostMortems.update_follow_ups`, documented there."""
        args = {"post_mortem_id": post_mortem_id, "follow_ups": follow_ups}
        return await self._client.request(_POST_MORTEMS_UPDATE_FOLLOW_UPS, args, **options)

    async def update_status(
        self,
        *,
        post_mortem_id: str,
        status: Literal["drafting", "published"] | EnumValue,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Publish or unpublish a post-mortem: the awaitable `IncidentsPostMortems.update_status`, documented there."""
        args = {"post_mortem_id": post_mortem_id, "status": status}
        return await self._client.request(_POST_MORTEMS_UPDATE_STATUS, args, **options)

    async def update_title(
        self, *, post_mortem_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Rename a post-mortem: the awaitable `IncidentsPostMortems.update_title`, documented there."""
        args = {"post_mortem_id": post_mortem_id, "title": title}
        return await self._client.request(_POST_MORTEMS_UPDATE_TITLE, args, **options)

    async def upload_media(
        self, *, post_mortem_id: str, file: FileInput, **options: Unpack[RequestOptions]
    ) -> PostMortemMedia:
        """Upload an image to a post-mortem: the awaitable `IncidentsPostMortems.upload_media`, documented there."""
        args = {"post_mortem_id": post_mortem_id, "file": file}
        return await self._client.request(_POST_MORTEMS_UPLOAD_MEDIA, args, **options)

    async def generate(
        self,
        *,
        incident_ids: SequenceNotStr[str],
        template_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Draft a post-mortem with AI (stream): the awaitable `IncidentsPostMortems.generate`, documented there."""
        args = {"incident_ids": incident_ids, "template_id": template_id}
        return await self._client.request(_POST_MORTEMS_GENERATE, args, **options)

    async def reset_content(
        self,
        *,
        post_mortem_id: str,
        markdown: str,
        expected_revision: int | None,
        idempotency_key: str,
        **options: Unpack[RequestOptions],
    ) -> PostMortemContentReset:
        """Replace the content of a post-mortem: the awaitable `IncidentsPostMortems.reset_content`, documented there."""
        args = {
            "post_mortem_id": post_mortem_id,
            "markdown": markdown,
            "expected_revision": expected_revision,
            "idempotency_key": idempotency_key,
        }
        return await self._client.request(_POST_MORTEMS_RESET_CONTENT, args, **options)
