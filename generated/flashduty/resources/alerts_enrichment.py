"""`client.alerts.enrichment`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Dict, List, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, FileInput, Headers, Omit

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from .alerts_enrichment_mapping import AlertsEnrichmentMapping, AsyncAlertsEnrichmentMapping
    from ..types.defs.enrichment import Enrichment
    from ..types.defs.enrichment_list import EnrichmentList
    from ..types.defs.enrichment_rule import EnrichmentRule
else:
    from .._deprecation import deprecated

_TYPES = TypeNames(
    __name__,
    {
        "Enrichment": "defs.enrichment",
        "EnrichmentList": "defs.enrichment_list",
        "EnrichmentRule": "defs.enrichment_rule",
    },
)

__all__ = ["AlertsEnrichment", "AsyncAlertsEnrichment"]

_ENRICHMENT_INFO: Endpoint[Enrichment] = Endpoint(
    "POST", "/enrichment/info", kind="model", data="Enrichment", types=_TYPES, idempotent=True
)
_ENRICHMENT_LIST: Endpoint[EnrichmentList] = Endpoint(
    "POST", "/enrichment/list", kind="model", data="EnrichmentList", types=_TYPES, idempotent=True
)
_ENRICHMENT_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/enrichment/upsert",
    kind="none",
    types=_TYPES,
    models={"rules": ("EnrichmentRule", "l")},
)


class AlertsEnrichment(SyncResource):
    """Operations under `client.alerts.enrichment`."""

    @cached_property
    def mapping(self) -> AlertsEnrichmentMapping:
        from .alerts_enrichment_mapping import AlertsEnrichmentMapping

        return AlertsEnrichmentMapping(self._client)

    def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Enrichment:
        """Get an integration's enrichment rules.

        Returns the label enrichment rules (extraction, composition, mapping, drop) of
        one integration; `data` is null when it has none.

        Permission: Channels Read, Channels Manage, Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/info

        Args:
            integration_id: Integration whose rules to read.
        """
        return self._client.request(
            _ENRICHMENT_INFO,
            {"integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )

    def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations.

        Returns the label enrichment rules of each given integration that has some.

        Permission: Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/list

        Args:
            integration_ids: Integrations whose rules to read.
        """
        return self._client.request(
            _ENRICHMENT_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    def upsert(
        self,
        *,
        integration_id: int,
        rules: List[EnrichmentRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's enrichment rules.

        Replaces the whole list of enrichment rules of an integration; rules run in
        order. `extraction` reads `title`, `description` or a `labels.*` field with
        exactly one of `pattern` or `g_json`; `composition` renders a template;
        `mapping` looks labels up in a mapping schema or API; `drop` removes labels.
        Recorded in the audit log.

        Permission: Channels Manage or Integrations Manage.
        HTTP: POST /enrichment/upsert

        Args:
            integration_id: Integration to configure.
            rules: Rules in the order they run.
        """
        return self._client.request(
            _ENRICHMENT_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )


class AsyncAlertsEnrichment(AsyncResource):
    """Operations under `client.alerts.enrichment`."""

    @cached_property
    def mapping(self) -> AsyncAlertsEnrichmentMapping:
        from .alerts_enrichment_mapping import AsyncAlertsEnrichmentMapping

        return AsyncAlertsEnrichmentMapping(self._client)

    async def info(
        self,
        *,
        integration_id: int,
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> Enrichment:
        """Get an integration's enrichment rules: the awaitable `AlertsEnrichment.info`, documented there."""
        return await self._client.request(
            _ENRICHMENT_INFO,
            {"integration_id": integration_id},
            timeout,
            max_retries,
            extra_headers,
        )

    async def list(
        self,
        *,
        integration_ids: List[int],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations: the awaitable `AlertsEnrichment.list`, documented there."""
        return await self._client.request(
            _ENRICHMENT_LIST,
            {"integration_ids": integration_ids},
            timeout,
            max_retries,
            extra_headers,
        )

    async def upsert(
        self,
        *,
        integration_id: int,
        rules: List[EnrichmentRule | Dict[str, Any]],
        timeout: float | None | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        extra_headers: Headers | None = None,
    ) -> None:
        """Set an integration's enrichment rules: the awaitable `AlertsEnrichment.upsert`, documented there."""
        return await self._client.request(
            _ENRICHMENT_UPSERT,
            {"integration_id": integration_id, "rules": rules},
            timeout,
            max_retries,
            extra_headers,
        )
