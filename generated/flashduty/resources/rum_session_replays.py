"""`client.rum.session_replays`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._stream import AsyncStreamResponse, StreamResponse
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_replay_meta import RumReplayMeta
    from ..types.defs.rum_replay_segment_list import RumReplaySegmentList

_TYPES = TypeNames(
    __name__,
    {
        "RumReplayMeta": "defs.rum_replay_meta",
        "RumReplaySegmentList": "defs.rum_replay_segment_list",
    },
)

__all__ = ["RumSessionReplays", "AsyncRumSessionReplays"]

_SESSION_REPLAYS_METADATA: Endpoint[RumReplayMeta] = Endpoint(
    "POST",
    "/rum/session-replay/metadata",
    kind="model",
    data="RumReplayMeta",
    types=_TYPES,
    idempotent=True,
    times={"ts": 1000},
)
_SESSION_REPLAYS_SEGMENTS: Endpoint[Any] = Endpoint(
    "POST",
    "/rum/session-replay/segments",
    kind="stream",
    data="RumReplaySegmentList",
    types=_TYPES,
    idempotent=True,
    times={"ts": 1000},
)


class RumSessionReplays(SyncResource):
    """Operations under `client.rum.session_replays`."""

    def metadata(
        self, *, session_id: str, ts: int | datetime, **options: Unpack[RequestOptions]
    ) -> RumReplayMeta:
        """Get the outline of a session replay.

        Returns the span, views, foreground periods and device of a recorded session, to
        lay out a replay player. Documented only in the older reference.

        HTTP: POST /rum/session-replay/metadata

        Args:
            session_id: Session ID.
            ts: A time within the session, Unix milliseconds. An aware `datetime` is
                accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"session_id": session_id, "ts": ts}
        return self._client.request(_SESSION_REPLAYS_METADATA, args, **options)

    def segments(
        self,
        *,
        session_id: str,
        view_id: str | Omit = OMIT,
        ts: int | datetime | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        url_mode: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StreamResponse[Any]:
        """Get session replay segments.

        Returns recorded segments of a session, optionally of one view, from a point in
        time (`ts`) or from a cursor. With `url_mode` each item is a download URL of a
        compressed segment instead of the data. The next-page cursor comes back as
        `search_after_ctx` next to `data` in the response body in the older reference
        and inside `data` in the current one; both are read. With `url_mode` false the
        current API may stream the segments instead, as NDJSON (one decompressed rrweb
        record per line, no envelope) with the next cursor in the `X-Search-After-Ctx`
        header.

        HTTP: POST /rum/session-replay/segments

        Args:
            session_id: Session ID.
            view_id: Only segments of this view.
            ts: Jump to this time, Unix milliseconds - the answer starts at the last
                full snapshot before it. Ignored when `search_after_ctx` is given. An
                aware `datetime` is accepted too.
            search_after_ctx: Cursor from the previous call.
            limit: Segments per call, at most 100.
            url_mode: Return download URLs of compressed segments instead of the data
                when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The open answer, one JSON record per line: use it in a `with` block and
            read it with `iter_records()` (or `iter_lines()`, `iter_bytes()`,
            `write_to(path)`). When the server answers with the JSON envelope
            instead, its `data` is in `.data`.
        """
        args = {
            "session_id": session_id,
            "view_id": view_id,
            "ts": ts,
            "search_after_ctx": search_after_ctx,
            "limit": limit,
            "url_mode": url_mode,
        }
        return self._client.stream(_SESSION_REPLAYS_SEGMENTS, args, **options)


class AsyncRumSessionReplays(AsyncResource):
    """Operations under `client.rum.session_replays`."""

    async def metadata(
        self, *, session_id: str, ts: int | datetime, **options: Unpack[RequestOptions]
    ) -> RumReplayMeta:
        """Get the outline of a session replay: the awaitable `RumSessionReplays.metadata`, documented there."""
        args = {"session_id": session_id, "ts": ts}
        return await self._client.request(_SESSION_REPLAYS_METADATA, args, **options)

    def segments(
        self,
        *,
        session_id: str,
        view_id: str | Omit = OMIT,
        ts: int | datetime | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        limit: int | Omit = OMIT,
        url_mode: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncStreamResponse[Any]:
        """Get session replay segments: the awaitable `RumSessionReplays.segments`, documented there."""
        args = {
            "session_id": session_id,
            "view_id": view_id,
            "ts": ts,
            "search_after_ctx": search_after_ctx,
            "limit": limit,
            "url_mode": url_mode,
        }
        return self._client.stream(_SESSION_REPLAYS_SEGMENTS, args, **options)
