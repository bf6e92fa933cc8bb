"""`client.alerts.enrichment.mapping.schemas`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.mapping_schema import MappingSchema
    from ..types.defs.mapping_schema_created import MappingSchemaCreated
    from ..types.defs.mapping_schema_list import MappingSchemaList

_TYPES = TypeNames(
    __name__,
    {
        "MappingSchema": "defs.mapping_schema",
        "MappingSchemaCreated": "defs.mapping_schema_created",
        "MappingSchemaList": "defs.mapping_schema_list",
    },
)

__all__ = ["AlertsEnrichmentMappingSchemas", "AsyncAlertsEnrichmentMappingSchemas"]

_ENRICHMENT_MAPPING_SCHEMAS_CREATE: Endpoint[MappingSchemaCreated] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/create",
    kind="model",
    data="MappingSchemaCreated",
    types=_TYPES,
)
_ENRICHMENT_MAPPING_SCHEMAS_UPDATE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/schema/update", kind="none"
)
_ENRICHMENT_MAPPING_SCHEMAS_DELETE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/schema/delete", kind="none"
)
_ENRICHMENT_MAPPING_SCHEMAS_INFO: Endpoint[MappingSchema] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/info",
    kind="model",
    data="MappingSchema",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_MAPPING_SCHEMAS_LIST: Endpoint[MappingSchemaList] = Endpoint(
    "POST",
    "/enrichment/mapping/schema/list",
    kind="model",
    data="MappingSchemaList",
    types=_TYPES,
    idempotent=True,
)


class AlertsEnrichmentMappingSchemas(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.schemas`."""

    def create(
        self,
        *,
        schema_name: str,
        source_labels: SequenceNotStr[str],
        result_labels: SequenceNotStr[str],
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MappingSchemaCreated:
        """Create a mapping schema.

        Creates a lookup table for `mapping` enrichment rules: 1 to 3 source labels form
        the key, 1 to 10 result labels are written on a match; the two lists must not
        overlap. Names are unique; an account holds at most 20 schemas. Needs the Pro
        plan. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/create

        Args:
            schema_name: Name, unique in the account.
            source_labels: Labels whose values form the lookup key.
            result_labels: Labels a matching row writes.
            description: Description.
            team_id: Owning team; 0 for none.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schema_name": schema_name,
            "source_labels": source_labels,
            "result_labels": result_labels,
            "description": description,
            "team_id": team_id,
        }
        return self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_CREATE, args, **options)

    def update(
        self,
        *,
        schema_id: str,
        schema_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mapping schema.

        Edits a mapping schema's name, description or team; anything you leave out stays
        as it is. Its labels cannot change after creation. Only the creator, an account
        admin or a member of the owning team may update it. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/update

        Args:
            schema_id: Schema to update.
            schema_name: New name.
            description: New description.
            team_id: Team to own the schema from now on; 0 leaves it without one.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "schema_id": schema_id,
            "schema_name": schema_name,
            "description": description,
            "team_id": team_id,
        }
        return self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_UPDATE, args, **options)

    def delete(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a mapping schema.

        Removes a mapping schema together with every row in it. Fails while an
        enrichment rule or a webhook still uses it. Only the creator, an account admin
        or a member of the owning team may delete it. High-risk and recorded in the
        audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/delete

        Args:
            schema_id: Schema to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schema_id": schema_id}
        return self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_DELETE, args, **options)

    def info(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> MappingSchema:
        """Get a mapping schema.

        Returns one mapping schema; `data` is null when it does not exist.

        Permission: Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/info

        Args:
            schema_id: Schema to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"schema_id": schema_id}
        return self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_INFO, args, **options)

    def list(self, **options: Unpack[RequestOptions]) -> MappingSchemaList:
        """List mapping schemas.

        Returns every mapping schema of the account, oldest first.

        Permission: Channels Read, Channels Manage, Integrations Read, Integrations Manage, Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/schema/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_LIST, args, **options)


class AsyncAlertsEnrichmentMappingSchemas(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.schemas`."""

    async def create(
        self,
        *,
        schema_name: str,
        source_labels: SequenceNotStr[str],
        result_labels: SequenceNotStr[str],
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MappingSchemaCreated:
        """Create a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.create`, documented there."""
        args = {
            "schema_name": schema_name,
            "source_labels": source_labels,
            "result_labels": result_labels,
            "description": description,
            "team_id": team_id,
        }
        return await self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_CREATE, args, **options)

    async def update(
        self,
        *,
        schema_id: str,
        schema_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.update`, documented there."""
        args = {
            "schema_id": schema_id,
            "schema_name": schema_name,
            "description": description,
            "team_id": team_id,
        }
        return await self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_UPDATE, args, **options)

    async def delete(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.delete`, documented there."""
        args = {"schema_id": schema_id}
        return await self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_DELETE, args, **options)

    async def info(self, *, schema_id: str, **options: Unpack[RequestOptions]) -> MappingSchema:
        """Get a mapping schema: the awaitable `AlertsEnrichmentMappingSchemas.info`, documented there."""
        args = {"schema_id": schema_id}
        return await self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_INFO, args, **options)

    async def list(self, **options: Unpack[RequestOptions]) -> MappingSchemaList:
        """List mapping schemas: the awaitable `AlertsEnrichmentMappingSchemas.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_ENRICHMENT_MAPPING_SCHEMAS_LIST, args, **options)
