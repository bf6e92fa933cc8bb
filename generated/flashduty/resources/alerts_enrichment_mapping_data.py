"""`client.alerts.enrichment.mapping.data`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, FileInput, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.mapping_data_page import MappingDataPage
    from ..types.defs.mapping_data_row import MappingDataRow
    from ..types.defs.mapping_data_upserted import MappingDataUpserted

_TYPES = TypeNames(
    __name__,
    {
        "MappingDataPage": "defs.mapping_data_page",
        "MappingDataRow": "defs.mapping_data_row",
        "MappingDataUpserted": "defs.mapping_data_upserted",
    },
)

__all__ = ["AlertsEnrichmentMappingData", "AsyncAlertsEnrichmentMappingData"]

_ENRICHMENT_MAPPING_DATA_LIST: Endpoint[MappingDataPage] = Endpoint(
    "POST",
    "/enrichment/mapping/data/list",
    kind="page",
    data="MappingDataPage",
    types=_TYPES,
    idempotent=True,
    paging=Paging(cursor="search_after_ctx", items="items", page="p"),
)
_ENRICHMENT_MAPPING_DATA_UPSERT: Endpoint[MappingDataUpserted] = Endpoint(
    "POST",
    "/enrichment/mapping/data/upsert",
    kind="model",
    data="MappingDataUpserted",
    types=_TYPES,
)
_ENRICHMENT_MAPPING_DATA_DELETE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/data/delete", kind="none"
)
_ENRICHMENT_MAPPING_DATA_TRUNCATE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/data/truncate", kind="none"
)
_ENRICHMENT_MAPPING_DATA_UPLOAD: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/mapping/data/upload",
    kind="none",
    query=("schema_id", "do_not_truncate_first"),
    files=("file",),
    limits=(2, 20),
    multipart=True,
)
_ENRICHMENT_MAPPING_DATA_DOWNLOAD: Endpoint[bytes] = Endpoint(
    "POST", "/enrichment/mapping/data/download", kind="bytes", idempotent=True
)


class AlertsEnrichmentMappingData(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.data`."""

    def list(
        self,
        *,
        schema_id: str,
        query: Mapping[str, str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MappingDataRow, MappingDataPage]:
        """List the rows of a mapping schema.

        Lists the rows of a mapping schema, optionally only the row whose source label
        values equal `query` (which must then name every source label). Pages with `p`
        and `limit` or with the `search_after_ctx` cursor.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/data/list

        Args:
            schema_id: Schema whose rows to list.
            query: Exact values of all source labels, to find one row.
            orderby: Sort field.
            asc: Oldest first when true.
            p: Page number, from 1; leave out when paging with `search_after_ctx`.
            limit: Page size, at most 100.
            search_after_ctx: The `search_after_ctx` value from the page before; leave
                out to get the first page.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schema_id": schema_id,
            "query": query,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return sync_page(self._client, _ENRICHMENT_MAPPING_DATA_LIST, args, options)

    def upsert(
        self,
        *,
        schema_id: str,
        docs: SequenceNotStr[Mapping[str, str]],
        **options: Unpack[RequestOptions],
    ) -> MappingDataUpserted:
        """Write rows of a mapping schema.

        Inserts or updates up to 1000 rows, keyed by their source label values. Each row
        needs a value (at most 2048 characters) for every source and result label;
        unknown labels are ignored. A schema holds at most 10000 rows by default.
        Concurrent writes to one schema may fail with `RequestTooFrequently`.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/upsert

        Args:
            schema_id: Schema to write to.
            docs: Rows, each mapping every label of the schema to its value.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schema_id": schema_id, "docs": docs}
        return self._client.request(_ENRICHMENT_MAPPING_DATA_UPSERT, args, **options)

    def delete(
        self, *, schema_id: str, keys: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete mapping schema rows by key.

        Deletes up to 100 rows of a mapping schema by key.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/delete

        Args:
            schema_id: Schema to delete from.
            keys: Row keys to remove.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schema_id": schema_id, "keys": keys}
        return self._client.request(_ENRICHMENT_MAPPING_DATA_DELETE, args, **options)

    def truncate(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete every row of a mapping schema.

        Empties a mapping schema; the schema itself stays. Irreversible, high-risk and
        recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/data/truncate

        Args:
            schema_id: Schema to empty.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schema_id": schema_id}
        return self._client.request(_ENRICHMENT_MAPPING_DATA_TRUNCATE, args, **options)

    def upload(
        self,
        *,
        schema_id: str,
        file: FileInput,
        do_not_truncate_first: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Load the rows of a mapping schema from CSV.

        Uploads a CSV file (at most 100 MB) whose header names every source and result
        label, as a multipart form. The schema's rows are replaced unless
        `do_not_truncate_first` is true, in which case the file's rows are added. A key
        that appears twice in the file fails the call.

        Permission: Mappings Manage.
        Rate limit: 2 per second, 20 per minute.
        HTTP: POST /enrichment/mapping/data/upload

        Args:
            schema_id: Schema to load into.
            file: The CSV file.
            do_not_truncate_first: Keep the existing rows and add the file's rows when
                true; replace them by default.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schema_id": schema_id,
            "file": file,
            "do_not_truncate_first": do_not_truncate_first,
        }
        return self._client.request(_ENRICHMENT_MAPPING_DATA_UPLOAD, args, **options)

    def download(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """Download the rows of a mapping schema as CSV.

        Downloads the full contents of a mapping schema in CSV form. The header row
        names the source labels first, then the result labels.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/data/download

        Args:
            schema_id: Schema to export.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.

        Returns:
            The file as bytes. When the server answers with the JSON envelope
            instead, its `data`: the text encoded as UTF-8, or b"" when empty.
        """
        args = {"schema_id": schema_id}
        return self._client.request(_ENRICHMENT_MAPPING_DATA_DOWNLOAD, args, **options)


class AsyncAlertsEnrichmentMappingData(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.data`."""

    def list(
        self,
        *,
        schema_id: str,
        query: Mapping[str, str] | Omit = OMIT,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        search_after_ctx: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MappingDataRow, MappingDataPage]:
        """List the rows of a mapping schema: the awaitable `AlertsEnrichmentMappingData.list`, documented there."""
        args = {
            "schema_id": schema_id,
            "query": query,
            "orderby": orderby,
            "asc": asc,
            "p": p,
            "limit": limit,
            "search_after_ctx": search_after_ctx,
        }
        return AsyncPager(self._client, _ENRICHMENT_MAPPING_DATA_LIST, args, options)

    async def upsert(
        self,
        *,
        schema_id: str,
        docs: SequenceNotStr[Mapping[str, str]],
        **options: Unpack[RequestOptions],
    ) -> MappingDataUpserted:
        """Write rows of a mapping schema: the awaitable `AlertsEnrichmentMappingData.upsert`, documented there."""
        args = {"schema_id": schema_id, "docs": docs}
        return await self._client.request(_ENRICHMENT_MAPPING_DATA_UPSERT, args, **options)

    async def delete(
        self, *, schema_id: str, keys: SequenceNotStr[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Delete mapping schema rows by key: the awaitable `AlertsEnrichmentMappingData.delete`, documented there."""
        args = {"schema_id": schema_id, "keys": keys}
        return await self._client.request(_ENRICHMENT_MAPPING_DATA_DELETE, args, **options)

    async def truncate(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete every row of a mapping schema: the awaitable `AlertsEnrichmentMappingData.truncate`, documented there."""
        args = {"schema_id": schema_id}
        return await self._client.request(_ENRICHMENT_MAPPING_DATA_TRUNCATE, args, **options)

    async def upload(
        self,
        *,
        schema_id: str,
        file: FileInput,
        do_not_truncate_first: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Load the rows of a mapping schema from CSV: the awaitable `AlertsEnrichmentMappingData.upload`, documented there."""
        args = {
            "schema_id": schema_id,
            "file": file,
            "do_not_truncate_first": do_not_truncate_first,
        }
        return await self._client.request(_ENRICHMENT_MAPPING_DATA_UPLOAD, args, **options)

    async def download(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> bytes:
        """Download the rows of a mapping schema as CSV: the awaitable `AlertsEnrichmentMappingData.download`, documented there."""
        args = {"schema_id": schema_id}
        return await self._client.request(_ENRICHMENT_MAPPING_DATA_DOWNLOAD, args, **options)
