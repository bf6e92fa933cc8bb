"""`client.ai_sre.knowledge.files`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.knowledge_file import KnowledgeFile
    from ..types.defs.knowledge_file_content import KnowledgeFileContent
    from ..types.defs.knowledge_file_deleted import KnowledgeFileDeleted
    from ..types.defs.knowledge_file_list import KnowledgeFileList
    from ..types.defs.knowledge_file_written import KnowledgeFileWritten

_TYPES = TypeNames(
    __name__,
    {
        "KnowledgeFile": "defs.knowledge_file",
        "KnowledgeFileContent": "defs.knowledge_file_content",
        "KnowledgeFileDeleted": "defs.knowledge_file_deleted",
        "KnowledgeFileList": "defs.knowledge_file_list",
        "KnowledgeFileWritten": "defs.knowledge_file_written",
    },
)

__all__ = ["AiSreKnowledgeFiles", "AsyncAiSreKnowledgeFiles"]

_KNOWLEDGE_FILES_LIST: Endpoint[KnowledgeFileList] = Endpoint(
    "POST",
    "/safari/knowledge/file/list",
    kind="page",
    data="KnowledgeFileList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="files", page="p", total="total"),
)
_KNOWLEDGE_FILES_GET: Endpoint[KnowledgeFileContent] = Endpoint(
    "POST",
    "/safari/knowledge/file/get",
    kind="model",
    data="KnowledgeFileContent",
    types=_TYPES,
    idempotent=True,
)
_KNOWLEDGE_FILES_PUT: Endpoint[KnowledgeFileWritten] = Endpoint(
    "POST",
    "/safari/knowledge/file/put",
    kind="model",
    data="KnowledgeFileWritten",
    types=_TYPES,
    limits=(20, 300),
)
_KNOWLEDGE_FILES_DELETE: Endpoint[KnowledgeFileDeleted] = Endpoint(
    "POST",
    "/safari/knowledge/file/delete",
    kind="model",
    data="KnowledgeFileDeleted",
    types=_TYPES,
    limits=(20, 300),
)


class AiSreKnowledgeFiles(SyncResource):
    """Operations under `client.ai_sre.knowledge.files`."""

    def list(
        self,
        *,
        pack_id: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[KnowledgeFile, KnowledgeFileList]:
        """List the files of a knowledge pack.

        Lists the files of one pack, or of the account's pack when `pack_id` is left
        out, without their content. `p` and `limit` are taken, but the server answers
        every file at once today.

        HTTP: POST /safari/knowledge/file/list

        Args:
            pack_id: The knowledge pack; the account's pack when left out.
            p: Page number, from 1.
            limit: Items per page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"pack_id": pack_id, "p": p, "limit": limit}
        return sync_page(self._client, _KNOWLEDGE_FILES_LIST, args, options)

    def get(
        self, *, rel_path: str, pack_id: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> KnowledgeFileContent:
        """Read a knowledge file.

        Returns one file of a pack (the account's when `pack_id` is left out), found by
        its path inside the pack, with its content base64-encoded.

        HTTP: POST /safari/knowledge/file/get

        Args:
            rel_path: Path of the file inside the pack.
            pack_id: The knowledge pack; the account's pack when left out.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rel_path": rel_path, "pack_id": pack_id}
        return self._client.request(_KNOWLEDGE_FILES_GET, args, **options)

    def put(
        self,
        *,
        rel_path: str,
        pack_id: str | Omit = OMIT,
        content_b64: str | Omit = OMIT,
        content_type: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeFileWritten:
        """Write a knowledge file.

        Creates or overwrites the file at `rel_path` in a pack (the account's when
        `pack_id` is left out) with the base64-encoded content. Links to other files of
        the pack that cannot be resolved come back as warnings, not errors. The content
        must be UTF-8 text of at most 1 MiB; `content_type` follows the file's extension
        when left out.

        Permission: Knowledge Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/knowledge/file/put

        Args:
            rel_path: Path of the file inside the pack.
            pack_id: The knowledge pack; the account's pack when left out.
            content_b64: The new content, base64-encoded.
            content_type: Media type of the content, for example `text/markdown`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "rel_path": rel_path,
            "pack_id": pack_id,
            "content_b64": content_b64,
            "content_type": content_type,
        }
        return self._client.request(_KNOWLEDGE_FILES_PUT, args, **options)

    def delete(
        self,
        *,
        rel_path: str,
        pack_id: str | Omit = OMIT,
        force: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeFileDeleted:
        """Delete a knowledge file.

        Deletes the file at `rel_path` (a file that is not there counts as deleted).
        When other files of the pack still link to it the call fails with
        `ReferenceExist`, unless `force` is set; the linking files then come back as
        warnings.

        Permission: Knowledge Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/knowledge/file/delete

        Args:
            rel_path: Path of the file inside the pack.
            pack_id: The knowledge pack; the account's pack when left out.
            force: Delete even when other files still link to it.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"rel_path": rel_path, "pack_id": pack_id, "force": force}
        return self._client.request(_KNOWLEDGE_FILES_DELETE, args, **options)


class AsyncAiSreKnowledgeFiles(AsyncResource):
    """Operations under `client.ai_sre.knowledge.files`."""

    def list(
        self,
        *,
        pack_id: str | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[KnowledgeFile, KnowledgeFileList]:
        """List the files of a knowledge pack: the awaitable `AiSreKnowledgeFiles.list`, documented there."""
        args = {"pack_id": pack_id, "p": p, "limit": limit}
        return AsyncPager(self._client, _KNOWLEDGE_FILES_LIST, args, options)

    async def get(
        self, *, rel_path: str, pack_id: str | Omit = OMIT, **options: Unpack[RequestOptions]
    ) -> KnowledgeFileContent:
        """Read a knowledge file: the awaitable `AiSreKnowledgeFiles.get`, documented there."""
        args = {"rel_path": rel_path, "pack_id": pack_id}
        return await self._client.request(_KNOWLEDGE_FILES_GET, args, **options)

    async def put(
        self,
        *,
        rel_path: str,
        pack_id: str | Omit = OMIT,
        content_b64: str | Omit = OMIT,
        content_type: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeFileWritten:
        """Write a knowledge file: the awaitable `AiSreKnowledgeFiles.put`, documented there."""
        args = {
            "rel_path": rel_path,
            "pack_id": pack_id,
            "content_b64": content_b64,
            "content_type": content_type,
        }
        return await self._client.request(_KNOWLEDGE_FILES_PUT, args, **options)

    async def delete(
        self,
        *,
        rel_path: str,
        pack_id: str | Omit = OMIT,
        force: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> KnowledgeFileDeleted:
        """Delete a knowledge file: the awaitable `AiSreKnowledgeFiles.delete`, documented there."""
        args = {"rel_path": rel_path, "pack_id": pack_id, "force": force}
        return await self._client.request(_KNOWLEDGE_FILES_DELETE, args, **options)
