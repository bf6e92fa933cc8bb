"""`client.alerts.enrichment.mapping`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack, deprecated

    from .._types import RequestOptions
    from .alerts_enrichment_mapping_schemas import (
        AlertsEnrichmentMappingSchemas,
        AsyncAlertsEnrichmentMappingSchemas,
    )
    from .alerts_enrichment_mapping_data import (
        AlertsEnrichmentMappingData,
        AsyncAlertsEnrichmentMappingData,
    )
    from .alerts_enrichment_mapping_apis import (
        AlertsEnrichmentMappingApis,
        AsyncAlertsEnrichmentMappingApis,
    )
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["AlertsEnrichmentMapping", "AsyncAlertsEnrichmentMapping"]


class AlertsEnrichmentMapping(SyncResource):
    """Operations under `client.alerts.enrichment.mapping`."""

    @cached_property
    def schemas(self) -> AlertsEnrichmentMappingSchemas:
        from .alerts_enrichment_mapping_schemas import AlertsEnrichmentMappingSchemas

        return AlertsEnrichmentMappingSchemas(self._client)

    @cached_property
    def data(self) -> AlertsEnrichmentMappingData:
        from .alerts_enrichment_mapping_data import AlertsEnrichmentMappingData

        return AlertsEnrichmentMappingData(self._client)

    @cached_property
    def apis(self) -> AlertsEnrichmentMappingApis:
        from .alerts_enrichment_mapping_apis import AlertsEnrichmentMappingApis

        return AlertsEnrichmentMappingApis(self._client)


class AsyncAlertsEnrichmentMapping(AsyncResource):
    """Operations under `client.alerts.enrichment.mapping`."""

    @cached_property
    def schemas(self) -> AsyncAlertsEnrichmentMappingSchemas:
        from .alerts_enrichment_mapping_schemas import AsyncAlertsEnrichmentMappingSchemas

        return AsyncAlertsEnrichmentMappingSchemas(self._client)

    @cached_property
    def data(self) -> AsyncAlertsEnrichmentMappingData:
        from .alerts_enrichment_mapping_data import AsyncAlertsEnrichmentMappingData

        return AsyncAlertsEnrichmentMappingData(self._client)

    @cached_property
    def apis(self) -> AsyncAlertsEnrichmentMappingApis:
        from .alerts_enrichment_mapping_apis import AsyncAlertsEnrichmentMappingApis

        return AsyncAlertsEnrichmentMappingApis(self._client)
