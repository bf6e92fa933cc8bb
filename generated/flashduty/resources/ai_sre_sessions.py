"""`client.ai_sre.sessions`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._stream import AsyncStreamResponse, StreamResponse
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.agent_session import AgentSession
    from ..types.defs.agent_session_detail import AgentSessionDetail
    from ..types.defs.agent_session_list import AgentSessionList

_TYPES = TypeNames(
    __name__,
    {
        "AgentSession": "defs.agent_session",
        "AgentSessionDetail": "defs.agent_session_detail",
        "AgentSessionList": "defs.agent_session_list",
    },
)

__all__ = ["AiSreSessions", "AsyncAiSreSessions"]

_SESSIONS_DELETE: Endpoint[None] = Endpoint(
    "POST", "/safari/session/delete", kind="none", limits=(20, 300)
)
_SESSIONS_EXPORT: Endpoint[Any] = Endpoint(
    "POST", "/safari/session/export", kind="stream", types=_TYPES, idempotent=True, limits=(20, 200)
)
_SESSIONS_GET: Endpoint[AgentSessionDetail] = Endpoint(
    "POST",
    "/safari/session/get",
    kind="model",
    data="AgentSessionDetail",
    types=_TYPES,
    idempotent=True,
)
_SESSIONS_LIST: Endpoint[AgentSessionList] = Endpoint(
    "POST",
    "/safari/session/list",
    kind="page",
    data="AgentSessionList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="sessions", page="p", total="total"),
)


class AiSreSessions(SyncResource):
    """Operations under `client.ai_sre.sessions`."""

    def delete(self, *, session_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a session.

        Deletes a session, its sub-agent sessions and the files it presented. A personal
        session can be deleted by its creator only; a team session also by an account
        admin or a member of the team.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/session/delete

        Args:
            session_id: The session.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"session_id": session_id}
        return self._client.request(_SESSIONS_DELETE, args, **options)

    def export(
        self,
        *,
        session_id: str,
        include_subagents: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> StreamResponse[Any]:
        """Export a session transcript.

        Downloads the whole transcript of a session as newline-delimited JSON: the first
        line describes the session (`session_meta`), every further line is one event.
        Read it line by line rather than holding it in memory; long sessions are large.
        The server gives an export 60 seconds; when it fails halfway, the stream ends
        with a line holding the error instead of an event. Besides the per-second and
        per-minute limits, an account may export at most 1,000 times a day.

        Rate limit: 20 per second, 200 per minute.
        HTTP: POST /safari/session/export

        Args:
            session_id: The session.
            include_subagents: Whether the transcripts of sub-agent sessions are
                included.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The open answer, one JSON record per line: use it in a `with` block and
            read it with `iter_records()` (or `iter_lines()`, `iter_bytes()`,
            `write_to(path)`). When the server answers with the JSON envelope
            instead, its `data` is in `.data`.
        """
        args = {"session_id": session_id, "include_subagents": include_subagents}
        return self._client.stream(_SESSIONS_EXPORT, args, **options)

    def get(
        self,
        *,
        session_id: str,
        share_token: str | Omit = OMIT,
        num_recent_events: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AgentSessionDetail:
        """Get a session.

        Returns a session and its most recent events. Older events are fetched by
        passing back `search_after_ctx` while `has_more_older` is true. A session
        reached through a share link needs that link's `share_token`.

        HTTP: POST /safari/session/get

        Args:
            session_id: The session.
            share_token: Token of a share link, when the session is reached through one.
            num_recent_events: Older name of `limit`.
            limit: How many events to return, 100 when left out, at most 1,000.
            search_after_ctx: Cursor from a previous answer, to read older events.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "session_id": session_id,
            "share_token": share_token,
            "num_recent_events": num_recent_events,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return self._client.request(_SESSIONS_GET, args, **options)

    def list(
        self,
        *,
        app_name: (
            Literal[
                "ask-ai",
                "support",
                "support-website",
                "support-flashcat",
                "ai-sre",
                "template-assistant",
                "swe",
            ]
            | EnumValue
        ),
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        include_subagent_sessions: bool | Omit = OMIT,
        keyword: str | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        entry_kinds: (
            SequenceNotStr[Literal["web", "im", "api", "automation"] | EnumValue] | Omit
        ) = OMIT,
        status: Literal["active", "archived", "all"] | EnumValue | Omit = OMIT,
        person_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AgentSession, AgentSessionList]:
        """List sessions.

        Lists the caller's AI SRE conversations and those shared with their teams, for
        one application (`app_name`), optionally filtered by status, entry point and a
        keyword. Paged by `p` and `limit` (at most 100); `total` counts every match.

        HTTP: POST /safari/session/list

        Args:
            app_name: Which AI application's sessions to list; `ai-sre` for AI SRE.
            p: Page number, from 1.
            limit: Items per page.
            orderby: Sort field.
            asc: Oldest first instead of newest first.
            include_subagent_sessions: Whether sessions of sub-agents are listed too.
            keyword: Text to search for.
            scope: Which items to include: all visible ones, or only account-wide
                (personal) or only team ones.
            team_ids: Only these teams (among those the caller can see).
            entry_kinds: Only sessions started from these places.
            status: Active sessions, archived ones, or both.
            person_ids: Only sessions started by these members (within what the caller
                may see).
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "app_name": app_name,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "include_subagent_sessions": include_subagent_sessions,
            "keyword": keyword,
            "scope": scope,
            "team_ids": team_ids,
            "entry_kinds": entry_kinds,
            "status": status,
            "person_ids": person_ids,
        }
        return sync_page(self._client, _SESSIONS_LIST, args, options)


class AsyncAiSreSessions(AsyncResource):
    """Operations under `client.ai_sre.sessions`."""

    async def delete(self, *, session_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a session: the awaitable `AiSreSessions.delete`, documented there."""
        args = {"session_id": session_id}
        return await self._client.request(_SESSIONS_DELETE, args, **options)

    def export(
        self,
        *,
        session_id: str,
        include_subagents: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncStreamResponse[Any]:
        """Export a session transcript: the awaitable `AiSreSessions.export`, documented there."""
        args = {"session_id": session_id, "include_subagents": include_subagents}
        return self._client.stream(_SESSIONS_EXPORT, args, **options)

    async def get(
        self,
        *,
        session_id: str,
        share_token: str | Omit = OMIT,
        num_recent_events: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AgentSessionDetail:
        """Get a session: the awaitable `AiSreSessions.get`, documented there."""
        args = {
            "session_id": session_id,
            "share_token": share_token,
            "num_recent_events": num_recent_events,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return await self._client.request(_SESSIONS_GET, args, **options)

    def list(
        self,
        *,
        app_name: (
            Literal[
                "ask-ai",
                "support",
                "support-website",
                "support-flashcat",
                "ai-sre",
                "template-assistant",
                "swe",
            ]
            | EnumValue
        ),
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        include_subagent_sessions: bool | Omit = OMIT,
        keyword: str | Omit = OMIT,
        scope: Literal["all", "personal", "team"] | EnumValue | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        entry_kinds: (
            SequenceNotStr[Literal["web", "im", "api", "automation"] | EnumValue] | Omit
        ) = OMIT,
        status: Literal["active", "archived", "all"] | EnumValue | Omit = OMIT,
        person_ids: SequenceNotStr[int] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AgentSession, AgentSessionList]:
        """List sessions: the awaitable `AiSreSessions.list`, documented there."""
        args = {
            "app_name": app_name,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
            "include_subagent_sessions": include_subagent_sessions,
            "keyword": keyword,
            "scope": scope,
            "team_ids": team_ids,
            "entry_kinds": entry_kinds,
            "status": status,
            "person_ids": person_ids,
        }
        return AsyncPager(self._client, _SESSIONS_LIST, args, options)
