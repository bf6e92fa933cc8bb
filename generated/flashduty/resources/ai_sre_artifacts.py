"""`client.ai_sre.artifacts`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .ai_sre_artifacts_gallery import AiSreArtifactsGallery, AsyncAiSreArtifactsGallery
    from ..types.defs.signed_file_urls import SignedFileUrls

_TYPES = TypeNames(
    __name__,
    {
        "SignedFileUrls": "defs.signed_file_urls",
    },
)

__all__ = ["AiSreArtifacts", "AsyncAiSreArtifacts"]

_ARTIFACTS_SIGN: Endpoint[SignedFileUrls] = Endpoint(
    "POST",
    "/safari/artifact/sign",
    kind="model",
    data="SignedFileUrls",
    types=_TYPES,
    idempotent=True,
)
_ARTIFACTS_STREAM: Endpoint[bytes] = Endpoint(
    "GET",
    "/safari/artifact/stream",
    kind="bytes",
    idempotent=True,
    query=("t", "mode"),
    limits=(10, 100),
)


class AiSreArtifacts(SyncResource):
    """Operations under `client.ai_sre.artifacts`."""

    @cached_property
    def gallery(self) -> AiSreArtifactsGallery:
        from .ai_sre_artifacts_gallery import AiSreArtifactsGallery

        return AiSreArtifactsGallery(self._client)

    def sign(
        self, *, file_id: str, share_token: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> SignedFileUrls:
        """Sign download links for a session file.

        Returns two links to a file a session produced, one to download it and one to
        view it in a browser, valid for `expires_in` seconds (300). They are relative to
        the API's base URL and lead to `ai_sre.artifacts.stream`; they work only for the
        account and member that signed them.

        HTTP: POST /safari/artifact/sign

        Args:
            file_id: The session file (`pf_...`).
            share_token: Token of a session share link, when the file is reached through
                one rather than as a member of the account.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"file_id": file_id, "share_token": share_token}
        return self._client.request(_ARTIFACTS_SIGN, args, **options)

    def stream(
        self,
        *,
        t: str,
        mode: Literal["download", "preview"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download a session file.

        Fetches the bytes of a session file with a token from `ai_sre.artifacts.sign`
        (the `t` of its links), valid for five minutes. A file kept on a self-hosted
        runner comes back in the answer. For a file kept in object storage the server
        answers with a redirect to a short-lived storage URL instead; this client does
        not follow redirects (the key must never reach another host) and raises
        `APIResponseError`, so fetch the signed link with a plain HTTP client in that
        case.

        Rate limit: 10 per second, 100 per minute.
        HTTP: GET /safari/artifact/stream

        Args:
            t: Signed token from `ai_sre.artifacts.sign`; valid for five minutes.
            mode: `download` (the default) sends the file as an attachment, `preview`
                for display in a browser; other values count as `download`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {"t": t, "mode": mode}
        return self._client.request(_ARTIFACTS_STREAM, args, **options)


class AsyncAiSreArtifacts(AsyncResource):
    """Operations under `client.ai_sre.artifacts`."""

    @cached_property
    def gallery(self) -> AsyncAiSreArtifactsGallery:
        from .ai_sre_artifacts_gallery import AsyncAiSreArtifactsGallery

        return AsyncAiSreArtifactsGallery(self._client)

    async def sign(
        self, *, file_id: str, share_token: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> SignedFileUrls:
        """Sign download links for a session file: the awaitable `AiSreArtifacts.sign`, documented there."""
        args = {"file_id": file_id, "share_token": share_token}
        return await self._client.request(_ARTIFACTS_SIGN, args, **options)

    async def stream(
        self,
        *,
        t: str,
        mode: Literal["download", "preview"] | EnumValue | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download a session file: the awaitable `AiSreArtifacts.stream`, documented there."""
        args = {"t": t, "mode": mode}
        return await self._client.request(_ARTIFACTS_STREAM, args, **options)
