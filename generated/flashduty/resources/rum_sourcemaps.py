"""`client.rum.sourcemaps`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, FileInput, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_binary_image import RumBinaryImage
    from ..types.defs.rum_sourcemap_list import RumSourcemapList
    from ..types.defs.rum_stack_trace import RumStackTrace

_TYPES = TypeNames(
    __name__,
    {
        "RumBinaryImage": "defs.rum_binary_image",
        "RumSourcemapList": "defs.rum_sourcemap_list",
        "RumStackTrace": "defs.rum_stack_trace",
    },
)

__all__ = ["RumSourcemaps", "AsyncRumSourcemaps"]

_SOURCEMAPS_LIST: Endpoint[RumSourcemapList] = Endpoint(
    "POST",
    "/sourcemap/list",
    kind="model",
    data="RumSourcemapList",
    types=_TYPES,
    idempotent=True,
    times={"start_time": 1000, "end_time": 1000},
)
_SOURCEMAPS_UPLOAD: Endpoint[None] = Endpoint(
    "POST",
    "/sourcemap/upload",
    kind="none",
    files=("source_map", "minified_file", "jvm_mapping_file"),
    multipart=True,
)
_SOURCEMAPS_ENRICH_STACK: Endpoint[RumStackTrace] = Endpoint(
    "POST",
    "/sourcemap/stack/enrich",
    kind="model",
    data="RumStackTrace",
    types=_TYPES,
    idempotent=True,
    models={"binary_images": ("RumBinaryImage", "l")},
)


class RumSourcemaps(SyncResource):
    """Operations under `client.rum.sourcemaps`."""

    def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        type: Literal["browser", "android", "ios"] | EnumValue | Omit = OMIT,
        services: SequenceNotStr[str] | Omit = OMIT,
        versions: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        build_id: str | Omit = OMIT,
        uuid: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumSourcemapList:
        """List source maps.

        Lists source maps (and Android mappings or iOS dSYMs) uploaded in a window of at
        most 365 days, given in Unix milliseconds, newest first by default. The answer
        carries `total` but no `has_next_page`, so the SDK does not page through it for
        you.

        HTTP: POST /sourcemap/list

        Args:
            start_time: Start of the upload window, Unix milliseconds; above 0 and
                before `end_time`. An aware `datetime` is accepted too.
            end_time: End of the upload window, Unix milliseconds; at most 365 days
                after `start_time`. An aware `datetime` is accepted too.
            type: Platform of the files.
            services: Only these services, at most 100.
            versions: Only these versions, at most 100.
            query: Text to find within the minified URL of browser source maps or the
                build ID of Android ones.
            build_id: Android only; Gradle plugin build ID.
            uuid: iOS only; dSYM bundle UUID.
            p: Page number, from 1.
            limit: Page size, at most 100.
            orderby: Field to sort on; `created_at` by default.
            asc: Ascending order when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "type": type,
            "services": services,
            "versions": versions,
            "query": query,
            "build_id": build_id,
            "uuid": uuid,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return self._client.request(_SOURCEMAPS_LIST, args, **options)

    def upload(
        self,
        *,
        event: str,
        source_map: FileInput | Omit = OMIT,
        minified_file: FileInput | Omit = OMIT,
        repository: str | Omit = OMIT,
        jvm_mapping_file: FileInput | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Upload a source map.

        Uploads a JavaScript source map with its minified file, or an Android
        `mapping.txt`, as a multipart form; `event` describes the upload. This is the
        endpoint the datadog-ci tool talks to, documented only in the older reference:
        there it authenticates with a `DD-API-KEY` header instead of `app_key` and
        expects the headers `DD-EVP-ORIGIN: datadog-ci_sourcemaps`,
        `DD-EVP-ORIGIN-VERSION` and a gzip `Content-Encoding`, none of which the SDK
        sends yet.

        HTTP: POST /sourcemap/upload

        Args:
            event: JSON text describing the file - `type` (`js_sourcemap`), `service`,
                `version`, `minified_url`, `cli_version`, `project_path`,
                `git_repository_url`, `git_commit_sha`.
            source_map: The source map (JavaScript).
            minified_file: The minified file it maps (JavaScript).
            repository: JSON text with the git payload (tracked files) of the build.
            jvm_mapping_file: The `mapping.txt` of an Android build.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "event": event,
            "source_map": source_map,
            "minified_file": minified_file,
            "repository": repository,
            "jvm_mapping_file": jvm_mapping_file,
        }
        return self._client.request(_SOURCEMAPS_UPLOAD, args, **options)

    def enrich_stack(
        self,
        *,
        type: (
            Literal[
                "browser", "android", "ios", "react native", "flutter", "miniprogram", "harmony"
            ]
            | EnumValue
        ),
        service: str,
        stack: str,
        binary_images: SequenceNotStr[RumBinaryImage | Mapping[str, Any]],
        version: str | Omit = OMIT,
        near: int | Omit = OMIT,
        build_id: str | Omit = OMIT,
        Variant: str | Omit = OMIT,
        source_type: str | Omit = OMIT,
        arch: str | Omit = OMIT,
        variant: str | Omit = OMIT,
        no_cache: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumStackTrace:
        """Translate a stack trace with source maps.

        Maps a minified or obfuscated stack trace back to source using the files
        uploaded for a service and version, with `near` lines of code around each frame.
        iOS traces need the `binary_images` of the crash. Documented only in the older
        reference.

        HTTP: POST /sourcemap/stack/enrich

        Args:
            type: Platform of the trace; `miniprogram` for mini programs, `harmony` for
                HarmonyOS apps.
            service: Service that produced it.
            stack: The raw stack trace.
            binary_images: iOS only; the binaries loaded when it crashed (send an empty
                list otherwise).
            version: Service version.
            near: Lines of code to return before and after each frame's line.
            build_id: Android only; build ID from Gradle plugin 1.13.0 or later.
            Variant: Android only; build variant, for older Gradle plugins.
            source_type: Where an Android error comes from; `ndk` (with `arch`) for
                native frames.
            arch: Android NDK architecture: `arm`, `arm64`, `x86` or `x64`.
            variant: Android build variant (older Gradle plugins).
            no_cache: Do not use cached results (for debugging).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "type": type,
            "service": service,
            "stack": stack,
            "binary_images": binary_images,
            "version": version,
            "near": near,
            "build_id": build_id,
            "Variant": Variant,
            "source_type": source_type,
            "arch": arch,
            "variant": variant,
            "no_cache": no_cache,
        }
        return self._client.request(_SOURCEMAPS_ENRICH_STACK, args, **options)


class AsyncRumSourcemaps(AsyncResource):
    """Operations under `client.rum.sourcemaps`."""

    async def list(
        self,
        *,
        start_time: int | datetime,
        end_time: int | datetime,
        type: Literal["browser", "android", "ios"] | EnumValue | Omit = OMIT,
        services: SequenceNotStr[str] | Omit = OMIT,
        versions: SequenceNotStr[str] | Omit = OMIT,
        query: str | Omit = OMIT,
        build_id: str | Omit = OMIT,
        uuid: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumSourcemapList:
        """List source maps: the awaitable `RumSourcemaps.list`, documented there."""
        args = {
            "start_time": start_time,
            "end_time": end_time,
            "type": type,
            "services": services,
            "versions": versions,
            "query": query,
            "build_id": build_id,
            "uuid": uuid,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return await self._client.request(_SOURCEMAPS_LIST, args, **options)

    async def upload(
        self,
        *,
        event: str,
        source_map: FileInput | Omit = OMIT,
        minified_file: FileInput | Omit = OMIT,
        repository: str | Omit = OMIT,
        jvm_mapping_file: FileInput | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Upload a source map: the awaitable `RumSourcemaps.upload`, documented there."""
        args = {
            "event": event,
            "source_map": source_map,
            "minified_file": minified_file,
            "repository": repository,
            "jvm_mapping_file": jvm_mapping_file,
        }
        return await self._client.request(_SOURCEMAPS_UPLOAD, args, **options)

    async def enrich_stack(
        self,
        *,
        type: (
            Literal[
                "browser", "android", "ios", "react native", "flutter", "miniprogram", "harmony"
            ]
            | EnumValue
        ),
        service: str,
        stack: str,
        binary_images: SequenceNotStr[RumBinaryImage | Mapping[str, Any]],
        version: str | Omit = OMIT,
        near: int | Omit = OMIT,
        build_id: str | Omit = OMIT,
        Variant: str | Omit = OMIT,
        source_type: str | Omit = OMIT,
        arch: str | Omit = OMIT,
        variant: str | Omit = OMIT,
        no_cache: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumStackTrace:
        """Translate a stack trace with source maps: the awaitable `RumSourcemaps.enrich_stack`, documented there."""
        args = {
            "type": type,
            "service": service,
            "stack": stack,
            "binary_images": binary_images,
            "version": version,
            "near": near,
            "build_id": build_id,
            "Variant": Variant,
            "source_type": source_type,
            "arch": arch,
            "variant": variant,
            "no_cache": no_cache,
        }
        return await self._client.request(_SOURCEMAPS_ENRICH_STACK, args, **options)
