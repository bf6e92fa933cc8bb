"""`client.ai_sre.artifacts.gallery`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .ai_sre_artifacts_gallery_share import (
        AiSreArtifactsGalleryShare,
        AsyncAiSreArtifactsGalleryShare,
    )
    from ..types.defs.artifact import Artifact
    from ..types.defs.artifact_file_states import ArtifactFileStates
    from ..types.defs.artifact_list import ArtifactList
    from ..types.defs.artifact_published import ArtifactPublished

_TYPES = TypeNames(
    __name__,
    {
        "Artifact": "defs.artifact",
        "ArtifactFileStates": "defs.artifact_file_states",
        "ArtifactList": "defs.artifact_list",
        "ArtifactPublished": "defs.artifact_published",
    },
)

__all__ = ["AiSreArtifactsGallery", "AsyncAiSreArtifactsGallery"]

_ARTIFACTS_GALLERY_LIST: Endpoint[ArtifactList] = Endpoint(
    "POST",
    "/safari/artifact/gallery/list",
    kind="page",
    data="ArtifactList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="items", page="page", total="total"),
)
_ARTIFACTS_GALLERY_GET: Endpoint[Artifact] = Endpoint(
    "POST",
    "/safari/artifact/gallery/get",
    kind="model",
    data="Artifact",
    types=_TYPES,
    idempotent=True,
)
_ARTIFACTS_GALLERY_UPDATE: Endpoint[Artifact] = Endpoint(
    "POST",
    "/safari/artifact/gallery/update",
    kind="model",
    data="Artifact",
    types=_TYPES,
    limits=(20, 300),
)
_ARTIFACTS_GALLERY_DELETE: Endpoint[None] = Endpoint(
    "POST", "/safari/artifact/gallery/delete", kind="none", limits=(20, 300)
)
_ARTIFACTS_GALLERY_PIN: Endpoint[None] = Endpoint(
    "POST", "/safari/artifact/gallery/pin", kind="none"
)
_ARTIFACTS_GALLERY_UNPIN: Endpoint[None] = Endpoint(
    "POST", "/safari/artifact/gallery/unpin", kind="none"
)
_ARTIFACTS_GALLERY_PUBLISH: Endpoint[ArtifactPublished] = Endpoint(
    "POST",
    "/safari/artifact/gallery/publish-from-file",
    kind="model",
    data="ArtifactPublished",
    types=_TYPES,
    limits=(20, 300),
)
_ARTIFACTS_GALLERY_FILE_STATE: Endpoint[ArtifactFileStates] = Endpoint(
    "POST",
    "/safari/artifact/gallery/file-state",
    kind="model",
    data="ArtifactFileStates",
    types=_TYPES,
    idempotent=True,
)


class AiSreArtifactsGallery(SyncResource):
    """Operations under `client.ai_sre.artifacts.gallery`."""

    @cached_property
    def share(self) -> AiSreArtifactsGalleryShare:
        from .ai_sre_artifacts_gallery_share import AiSreArtifactsGalleryShare

        return AiSreArtifactsGalleryShare(self._client)

    def list(
        self,
        *,
        page: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Artifact, ArtifactList]:
        """List gallery artifacts.

        Lists the published artifacts the key's member can see: their own personal ones
        and those of their teams, narrowed by `scope`, `team_ids` and a title search.
        Sorted by last change, newest first, unless `orderby`/`asc` say otherwise. Paged
        by `page` (not `p`) and `limit` (at most 100); `total` counts every match.

        HTTP: POST /safari/artifact/gallery/list

        Args:
            page: Page number, from 1.
            limit: Items per page, at most 100.
            scope: All visible artifacts, only the member's personal ones, or only team
                ones.
            team_ids: Only artifacts of these teams (among the member's own).
            query: Text the title contains (case does not matter).
            orderby: Sort field; last change when left out.
            asc: Oldest first instead of newest first (with `orderby`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "page": page,
            "limit": limit,
            "scope": scope,
            "team_ids": team_ids,
            "query": query,
            "orderby": orderby,
            "asc": asc,
        }
        return sync_page(self._client, _ARTIFACTS_GALLERY_LIST, args, options)

    def get(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> Artifact:
        """Get a gallery artifact.

        Returns one published artifact. Any key of the account may read any artifact;
        `is_mine` and `can_edit` are relative to the key's member. A shared artifact
        whose `file_id` differs from `share_file_id` has a public snapshot that is out
        of date.

        HTTP: POST /safari/artifact/gallery/get

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_GET, args, **options)

    def update(
        self,
        *,
        artifact_id: str,
        title: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Update a gallery artifact.

        Renames an artifact, or moves it between the member's personal scope (`team_id`
        0) and a team the member belongs to. Fields left out stay as they are.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/update

        Args:
            artifact_id: The artifact (`art_...`).
            title: New title; must not be blank.
            team_id: 0 for personal, or a team the member belongs to.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id, "title": title, "team_id": team_id}
        return self._client.request(_ARTIFACTS_GALLERY_UPDATE, args, **options)

    def delete(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Remove an artifact from the gallery.

        Takes an artifact out of the gallery and ends its public sharing; the file
        itself stays with the session that produced it and can be published again.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/delete

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_DELETE, args, **options)

    def pin(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Pin a gallery artifact.

        Pins an artifact to the top of the calling member's own view of the gallery;
        other members' views do not change. Known from the vendor's catalog only: the
        request and answer are inferred from the sibling gallery operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /safari/artifact/gallery/pin

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_PIN, args, **options)

    def unpin(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Unpin a gallery artifact.

        Removes the calling member's own pin from an artifact. Known from the vendor's
        catalog only: the request and answer are inferred from the sibling gallery
        operations.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: POST /safari/artifact/gallery/unpin

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_UNPIN, args, **options)

    def publish(
        self, *, file_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> ArtifactPublished:
        """Publish a session file to the gallery.

        Publishes a file an AI SRE session produced (HTML, Markdown, images, PDF, text,
        data or code files, zip or tar archives; at most 16 MiB). Publishing the same
        file of the same session again replaces the artifact's content, which leaves a
        public snapshot out of date until it is synced. The artifact takes the personal
        or team scope of its session.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/publish-from-file

        Args:
            file_id: The session file (`pf_...`), as shown on its card in the chat.
            title: Title in the gallery; must not be blank.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"file_id": file_id, "title": title}
        return self._client.request(_ARTIFACTS_GALLERY_PUBLISH, args, **options)

    def file_state(
        self, *, file_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> ArtifactFileStates:
        """Check which session files are published.

        Tells, for up to 50 session files, which already have a live artifact in the
        gallery. Files without one are simply missing from the answer; match the rest by
        `file_id`.

        HTTP: POST /safari/artifact/gallery/file-state

        Args:
            file_ids: Session files (`pf_...`) to check; blanks and repeats are ignored.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"file_ids": file_ids}
        return self._client.request(_ARTIFACTS_GALLERY_FILE_STATE, args, **options)


class AsyncAiSreArtifactsGallery(AsyncResource):
    """Operations under `client.ai_sre.artifacts.gallery`."""

    @cached_property
    def share(self) -> AsyncAiSreArtifactsGalleryShare:
        from .ai_sre_artifacts_gallery_share import AsyncAiSreArtifactsGalleryShare

        return AsyncAiSreArtifactsGalleryShare(self._client)

    def list(
        self,
        *,
        page: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        query: str | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Artifact, ArtifactList]:
        """List gallery artifacts: the awaitable `AiSreArtifactsGallery.list`, documented there."""
        args = {
            "page": page,
            "limit": limit,
            "scope": scope,
            "team_ids": team_ids,
            "query": query,
            "orderby": orderby,
            "asc": asc,
        }
        return AsyncPager(self._client, _ARTIFACTS_GALLERY_LIST, args, options)

    async def get(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> Artifact:
        """Get a gallery artifact: the awaitable `AiSreArtifactsGallery.get`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_GET, args, **options)

    async def update(
        self,
        *,
        artifact_id: str,
        title: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> Artifact:
        """Update a gallery artifact: the awaitable `AiSreArtifactsGallery.update`, documented there."""
        args = {"artifact_id": artifact_id, "title": title, "team_id": team_id}
        return await self._client.request(_ARTIFACTS_GALLERY_UPDATE, args, **options)

    async def delete(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Remove an artifact from the gallery: the awaitable `AiSreArtifactsGallery.delete`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_DELETE, args, **options)

    async def pin(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Pin a gallery artifact: the awaitable `AiSreArtifactsGallery.pin`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_PIN, args, **options)

    async def unpin(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Unpin a gallery artifact: the awaitable `AiSreArtifactsGallery.unpin`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_UNPIN, args, **options)

    async def publish(
        self, *, file_id: str, title: str, **options: Unpack[RequestOptions]
    ) -> ArtifactPublished:
        """Publish a session file to the gallery: the awaitable `AiSreArtifactsGallery.publish`, documented there."""
        args = {"file_id": file_id, "title": title}
        return await self._client.request(_ARTIFACTS_GALLERY_PUBLISH, args, **options)

    async def file_state(
        self, *, file_ids: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> ArtifactFileStates:
        """Check which session files are published: the awaitable `AiSreArtifactsGallery.file_state`, documented there."""
        args = {"file_ids": file_ids}
        return await self._client.request(_ARTIFACTS_GALLERY_FILE_STATE, args, **options)
