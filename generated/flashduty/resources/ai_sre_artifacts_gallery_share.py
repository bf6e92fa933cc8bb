"""`client.ai_sre.artifacts.gallery.share`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.artifact_share_state import ArtifactShareState

_TYPES = TypeNames(
    __name__,
    {
        "ArtifactShareState": "defs.artifact_share_state",
    },
)

__all__ = ["AiSreArtifactsGalleryShare", "AsyncAiSreArtifactsGalleryShare"]

_ARTIFACTS_GALLERY_SHARE_ENABLE: Endpoint[ArtifactShareState] = Endpoint(
    "POST",
    "/safari/artifact/gallery/share/enable",
    kind="model",
    data="ArtifactShareState",
    types=_TYPES,
    limits=(20, 300),
)
_ARTIFACTS_GALLERY_SHARE_REVOKE: Endpoint[None] = Endpoint(
    "POST", "/safari/artifact/gallery/share/revoke", kind="none", limits=(20, 300)
)
_ARTIFACTS_GALLERY_SHARE_SYNC: Endpoint[ArtifactShareState] = Endpoint(
    "POST",
    "/safari/artifact/gallery/share/sync",
    kind="model",
    data="ArtifactShareState",
    types=_TYPES,
    limits=(20, 300),
)


class AiSreArtifactsGalleryShare(SyncResource):
    """Operations under `client.ai_sre.artifacts.gallery.share`."""

    def enable(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> ArtifactShareState:
        """Share an artifact publicly.

        Copies the artifact to a public link that anyone can open without logging in.
        Calling it again, or after a revoke, gives the same link. The link shows a
        snapshot: sync it after the artifact changes. Artifacts over 16 MiB cannot be
        shared.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/share/enable

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_SHARE_ENABLE, args, **options)

    def revoke(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Stop sharing an artifact.

        Deletes the public copy at once, so the link stops working; nothing happens when
        the artifact is not shared. Sharing it again brings back the same link, so this
        does not rotate the link.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/share/revoke

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_SHARE_REVOKE, args, **options)

    def sync(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> ArtifactShareState:
        """Refresh a shared artifact's snapshot.

        Replaces the public copy of a shared artifact with its current content; the link
        stays the same. Fails with `InvalidParameter` when the artifact is not shared.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/artifact/gallery/share/sync

        Args:
            artifact_id: The artifact (`art_...`).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"artifact_id": artifact_id}
        return self._client.request(_ARTIFACTS_GALLERY_SHARE_SYNC, args, **options)


class AsyncAiSreArtifactsGalleryShare(AsyncResource):
    """Operations under `client.ai_sre.artifacts.gallery.share`."""

    async def enable(
        self, *, artifact_id: str, **options: Unpack[RequestOptions]
    ) -> ArtifactShareState:
        """Share an artifact publicly: the awaitable `AiSreArtifactsGalleryShare.enable`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_SHARE_ENABLE, args, **options)

    async def revoke(self, *, artifact_id: str, **options: Unpack[RequestOptions]) -> None:
        """Stop sharing an artifact: the awaitable `AiSreArtifactsGalleryShare.revoke`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_SHARE_REVOKE, args, **options)

    async def sync(
        self, *, artifact_id: str, **options: Unpack[RequestOptions]
    ) -> ArtifactShareState:
        """Refresh a shared artifact's snapshot: the awaitable `AiSreArtifactsGalleryShare.sync`, documented there."""
        args = {"artifact_id": artifact_id}
        return await self._client.request(_ARTIFACTS_GALLERY_SHARE_SYNC, args, **options)
