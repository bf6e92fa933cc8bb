"""`client.ai_sre.knowledge.packs`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.knowledge_pack import KnowledgePack
    from ..types.defs.knowledge_pack_deleted import KnowledgePackDeleted
    from ..types.defs.knowledge_pack_list import KnowledgePackList

_TYPES = TypeNames(
    __name__,
    {
        "KnowledgePack": "defs.knowledge_pack",
        "KnowledgePackDeleted": "defs.knowledge_pack_deleted",
        "KnowledgePackList": "defs.knowledge_pack_list",
    },
)

__all__ = ["AiSreKnowledgePacks", "AsyncAiSreKnowledgePacks"]

_KNOWLEDGE_PACKS_LIST: Endpoint[KnowledgePackList] = Endpoint(
    "POST",
    "/safari/knowledge/pack/list",
    kind="page",
    data="KnowledgePackList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="packs", page="p", total="total"),
)
_KNOWLEDGE_PACKS_ENSURE: Endpoint[KnowledgePack] = Endpoint(
    "POST",
    "/safari/knowledge/pack/ensure",
    kind="model",
    data="KnowledgePack",
    types=_TYPES,
    limits=(20, 300),
)
_KNOWLEDGE_PACKS_UPDATE: Endpoint[KnowledgePack] = Endpoint(
    "POST",
    "/safari/knowledge/pack/update",
    kind="model",
    data="KnowledgePack",
    types=_TYPES,
    limits=(20, 300),
)
_KNOWLEDGE_PACKS_DELETE: Endpoint[KnowledgePackDeleted] = Endpoint(
    "POST",
    "/safari/knowledge/pack/delete",
    kind="model",
    data="KnowledgePackDeleted",
    types=_TYPES,
    limits=(20, 300),
)


class AiSreKnowledgePacks(SyncResource):
    """Operations under `client.ai_sre.knowledge.packs`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[KnowledgePack, KnowledgePackList]:
        """List knowledge packs.

        Lists the knowledge packs the caller can see: the account's and those of the
        caller's teams. Paged by `p` and `limit`; without either, every pack comes in
        one answer. `total` counts every match.

        HTTP: POST /safari/knowledge/pack/list

        Args:
            p: Page number, from 1.
            limit: Items per page.
            scope: Which items to include: all visible ones, or only account-wide
                (personal) or only team ones.
            query: Text to search for.
            team_ids: Only these teams (among those the caller can see).
            include_account: Whether account-wide items are included (default true);
                ignored when `scope` is set to `account` or `team`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return sync_page(self._client, _KNOWLEDGE_PACKS_LIST, args, options)

    def ensure(
        self,
        *,
        scope: Literal["account", "team"] | EnumValue,
        scope_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgePack:
        """Get or create a knowledge pack.

        Returns the knowledge pack of the account or of one team, creating it when it
        does not exist yet (a new account pack starts with a default DUTY.md); calling
        it twice gives the same pack. For the account, `scope_id` is not needed.

        Permission: Knowledge Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/knowledge/pack/ensure

        Args:
            scope: Whether the pack belongs to the account or to a team.
            scope_id: The account's or the team's ID, after `scope`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"scope": scope, "scope_id": scope_id}
        return self._client.request(_KNOWLEDGE_PACKS_ENSURE, args, **options)

    def update(
        self,
        *,
        pack_id: str,
        scope: Literal["account", "team"] | EnumValue | Omit = OMIT,
        scope_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgePack:
        """Move a knowledge pack.

        Moves a knowledge pack to the account or to a team (`scope_id` is needed for a
        team). Packs are never merged: the move fails with `ReferenceExist` when the
        destination already has one.

        Permission: Knowledge Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/knowledge/pack/update

        Args:
            pack_id: The knowledge pack; the account's pack when left out.
            scope: The scope to move the pack to: the account or a team.
            scope_id: The account's or the team's ID, after `scope`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pack_id": pack_id, "scope": scope, "scope_id": scope_id}
        return self._client.request(_KNOWLEDGE_PACKS_UPDATE, args, **options)

    def delete(self, *, pack_id: str, **options: Unpack[RequestOptions]) -> KnowledgePackDeleted:
        """Delete a knowledge pack.

        Deletes a knowledge pack with all of its files, for good. The account's pack may
        be deleted too; it comes back empty when next used.

        Permission: Knowledge Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/knowledge/pack/delete

        Args:
            pack_id: The knowledge pack; the account's pack when left out.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pack_id": pack_id}
        return self._client.request(_KNOWLEDGE_PACKS_DELETE, args, **options)


class AsyncAiSreKnowledgePacks(AsyncResource):
    """Operations under `client.ai_sre.knowledge.packs`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[KnowledgePack, KnowledgePackList]:
        """List knowledge packs: the awaitable `AiSreKnowledgePacks.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return AsyncPager(self._client, _KNOWLEDGE_PACKS_LIST, args, options)

    async def ensure(
        self,
        *,
        scope: Literal["account", "team"] | EnumValue,
        scope_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgePack:
        """Get or create a knowledge pack: the awaitable `AiSreKnowledgePacks.ensure`, documented there."""
        args = {"scope": scope, "scope_id": scope_id}
        return await self._client.request(_KNOWLEDGE_PACKS_ENSURE, args, **options)

    async def update(
        self,
        *,
        pack_id: str,
        scope: Literal["account", "team"] | EnumValue | Omit = OMIT,
        scope_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgePack:
        """Move a knowledge pack: the awaitable `AiSreKnowledgePacks.update`, documented there."""
        args = {"pack_id": pack_id, "scope": scope, "scope_id": scope_id}
        return await self._client.request(_KNOWLEDGE_PACKS_UPDATE, args, **options)

    async def delete(
        self, *, pack_id: str, **options: Unpack[RequestOptions]
    ) -> KnowledgePackDeleted:
        """Delete a knowledge pack: the awaitable `AiSreKnowledgePacks.delete`, documented there."""
        args = {"pack_id": pack_id}
        return await self._client.request(_KNOWLEDGE_PACKS_DELETE, args, **options)
