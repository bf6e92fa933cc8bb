"""`client.alerts.enrichment.mapping`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
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
