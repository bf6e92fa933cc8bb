"""`client.alerts.enrichment.mapping.apis`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.mapping_api import MappingApi
    from ..types.defs.mapping_api_created import MappingApiCreated
    from ..types.defs.mapping_api_list import MappingApiList

_TYPES = TypeNames(
    __name__,
    {
        "MappingApi": "defs.mapping_api",
        "MappingApiCreated": "defs.mapping_api_created",
        "MappingApiList": "defs.mapping_api_list",
    },
)

__all__ = ["AlertsEnrichmentMappingApis", "AsyncAlertsEnrichmentMappingApis"]

_ENRICHMENT_MAPPING_APIS_CREATE: Endpoint[MappingApiCreated] = Endpoint(
    "POST", "/enrichment/mapping/api/create", kind="model", data="MappingApiCreated", types=_TYPES
)
_ENRICHMENT_MAPPING_APIS_UPDATE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/api/update", kind="none"
)
_ENRICHMENT_MAPPING_APIS_DELETE: Endpoint[None] = Endpoint(
    "POST", "/enrichment/mapping/api/delete", kind="none"
)
_ENRICHMENT_MAPPING_APIS_INFO: Endpoint[MappingApi] = Endpoint(
    "POST",
    "/enrichment/mapping/api/info",
    kind="model",
    data="MappingApi",
    types=_TYPES,
    idempotent=True,
)
_ENRICHMENT_MAPPING_APIS_LIST: Endpoint[MappingApiList] = Endpoint(
    "POST",
    "/enrichment/mapping/api/list",
    kind="model",
    data="MappingApiList",
    types=_TYPES,
    idempotent=True,
)


class AlertsEnrichmentMappingApis(SyncResource):
    """Operations under `client.alerts.enrichment.mapping.apis`."""

    def create(
        self,
        *,
        api_name: str,
        url: str,
        description: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MappingApiCreated:
        """Create a mapping API.

        Registers an HTTP endpoint that `mapping` enrichment rules call to look labels
        up. The URL must be http(s) and, on the SaaS service, must not resolve to an
        internal address; sensitive headers such as `Authorization` or `Cookie` are
        refused there. An account holds at most 50 mapping APIs. Recorded in the audit
        log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/create

        Args:
            api_name: Name, unique in the account.
            url: Endpoint to call.
            description: Description; cut at 500 characters.
            insecure_skip_verify: Skip TLS certificate verification.
            headers: Extra request headers.
            timeout_: Read timeout in seconds.
            retry_count: Retries after a failed call.
            team_id: Owning team; 0 for none.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "api_name": api_name,
            "url": url,
            "description": description,
            "insecure_skip_verify": insecure_skip_verify,
            "headers": headers,
            "timeout": timeout_,
            "retry_count": retry_count,
            "team_id": team_id,
        }
        return self._client.request(_ENRICHMENT_MAPPING_APIS_CREATE, args, **options)

    def update(
        self,
        *,
        api_id: str,
        api_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        url: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mapping API.

        Changes the fields given and keeps the others; `headers`, when given, replaces
        all headers. Only the creator, an account admin or a member of the owning team
        may update it. Recorded in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/update

        Args:
            api_id: Mapping API to update.
            api_name: New name.
            description: Replacement description; anything past 500 characters is cut
                off.
            url: New endpoint.
            insecure_skip_verify: Skip TLS certificate verification.
            headers: New headers, replacing the old ones.
            timeout_: Read timeout in seconds.
            retry_count: Retries after a failed call.
            team_id: Team to own the API from now on; 0 for no team.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "api_id": api_id,
            "api_name": api_name,
            "description": description,
            "url": url,
            "insecure_skip_verify": insecure_skip_verify,
            "headers": headers,
            "timeout": timeout_,
            "retry_count": retry_count,
            "team_id": team_id,
        }
        return self._client.request(_ENRICHMENT_MAPPING_APIS_UPDATE, args, **options)

    def delete(self, *, api_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a mapping API.

        Deletes a mapping API. Fails while an enrichment rule still uses it. Only the
        creator, an account admin or a member of the owning team may delete it. Recorded
        in the audit log.

        Permission: Mappings Manage.
        HTTP: POST /enrichment/mapping/api/delete

        Args:
            api_id: Mapping API to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"api_id": api_id}
        return self._client.request(_ENRICHMENT_MAPPING_APIS_DELETE, args, **options)

    def info(self, *, api_id: str, **options: Unpack[RequestOptions]) -> MappingApi:
        """Get a mapping API.

        Returns one mapping API; `data` is null when it does not exist. Any valid key
        may call it.

        HTTP: POST /enrichment/mapping/api/info

        Args:
            api_id: Mapping API to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"api_id": api_id}
        return self._client.request(_ENRICHMENT_MAPPING_APIS_INFO, args, **options)

    def list(self, **options: Unpack[RequestOptions]) -> MappingApiList:
        """List mapping APIs.

        Returns every mapping API of the account.

        Permission: Mappings Read or Mappings Manage.
        HTTP: POST /enrichment/mapping/api/list

        Args:
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args: Dict[str, Any] = {}
        return self._client.request(_ENRICHMENT_MAPPING_APIS_LIST, args, **options)


class AsyncAlertsEnrichmentMappingApis(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping.apis`."""

    async def create(
        self,
        *,
        api_name: str,
        url: str,
        description: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MappingApiCreated:
        """Create a mapping API: the awaitable `AlertsEnrichmentMappingApis.create`, documented there."""
        args = {
            "api_name": api_name,
            "url": url,
            "description": description,
            "insecure_skip_verify": insecure_skip_verify,
            "headers": headers,
            "timeout": timeout_,
            "retry_count": retry_count,
            "team_id": team_id,
        }
        return await self._client.request(_ENRICHMENT_MAPPING_APIS_CREATE, args, **options)

    async def update(
        self,
        *,
        api_id: str,
        api_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        url: str | Omit = OMIT,
        insecure_skip_verify: bool | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        timeout_: int | Omit = OMIT,
        retry_count: int | Omit = OMIT,
        team_id: int | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a mapping API: the awaitable `AlertsEnrichmentMappingApis.update`, documented there."""
        args = {
            "api_id": api_id,
            "api_name": api_name,
            "description": description,
            "url": url,
            "insecure_skip_verify": insecure_skip_verify,
            "headers": headers,
            "timeout": timeout_,
            "retry_count": retry_count,
            "team_id": team_id,
        }
        return await self._client.request(_ENRICHMENT_MAPPING_APIS_UPDATE, args, **options)

    async def delete(self, *, api_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a mapping API: the awaitable `AlertsEnrichmentMappingApis.delete`, documented there."""
        args = {"api_id": api_id}
        return await self._client.request(_ENRICHMENT_MAPPING_APIS_DELETE, args, **options)

    async def info(self, *, api_id: str, **options: Unpack[RequestOptions]) -> MappingApi:
        """Get a mapping API: the awaitable `AlertsEnrichmentMappingApis.info`, documented there."""
        args = {"api_id": api_id}
        return await self._client.request(_ENRICHMENT_MAPPING_APIS_INFO, args, **options)

    async def list(self, **options: Unpack[RequestOptions]) -> MappingApiList:
        """List mapping APIs: the awaitable `AlertsEnrichmentMappingApis.list`, documented there."""
        args: Dict[str, Any] = {}
        return await self._client.request(_ENRICHMENT_MAPPING_APIS_LIST, args, **options)
