"""`client.ai_sre.knowledge`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .ai_sre_knowledge_packs import AiSreKnowledgePacks, AsyncAiSreKnowledgePacks
    from .ai_sre_knowledge_files import AiSreKnowledgeFiles, AsyncAiSreKnowledgeFiles
    from ..types.defs.knowledge_overview import KnowledgeOverview

_TYPES = TypeNames(
    __name__,
    {
        "KnowledgeOverview": "defs.knowledge_overview",
    },
)

__all__ = ["AiSreKnowledge", "AsyncAiSreKnowledge"]

_KNOWLEDGE_GET: Endpoint[KnowledgeOverview] = Endpoint(
    "POST",
    "/safari/knowledge/get",
    kind="model",
    data="KnowledgeOverview",
    types=_TYPES,
    idempotent=True,
)


class AiSreKnowledge(SyncResource):
    """Operations under `client.ai_sre.knowledge`."""

    @cached_property
    def packs(self) -> AiSreKnowledgePacks:
        from .ai_sre_knowledge_packs import AiSreKnowledgePacks

        return AiSreKnowledgePacks(self._client)

    @cached_property
    def files(self) -> AiSreKnowledgeFiles:
        from .ai_sre_knowledge_files import AiSreKnowledgeFiles

        return AiSreKnowledgeFiles(self._client)

    def get(self, **options: Unpack[RequestOptions]) -> KnowledgeOverview:
        """Get the account's knowledge pack.

        Returns the account-wide knowledge pack (the documents the agent reads as
        background about the account) with the list of its files, creating an empty pack
        first if there is none.

        HTTP: POST /safari/knowledge/get

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_KNOWLEDGE_GET, args, **options)


class AsyncAiSreKnowledge(AsyncResource):
    """Operations under `client.ai_sre.knowledge`."""

    @cached_property
    def packs(self) -> AsyncAiSreKnowledgePacks:
        from .ai_sre_knowledge_packs import AsyncAiSreKnowledgePacks

        return AsyncAiSreKnowledgePacks(self._client)

    @cached_property
    def files(self) -> AsyncAiSreKnowledgeFiles:
        from .ai_sre_knowledge_files import AsyncAiSreKnowledgeFiles

        return AsyncAiSreKnowledgeFiles(self._client)

    async def get(self, **options: Unpack[RequestOptions]) -> KnowledgeOverview:
        """Get the account's knowledge pack: the awaitable `AiSreKnowledge.get`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_KNOWLEDGE_GET, args, **options)
