"""`client.alerts.enrichment`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .alerts_enrichment_mapping import AlertsEnrichmentMapping, AsyncAlertsEnrichmentMapping
    from ..types.defs.enrichment import Enrichment
    from ..types.defs.enrichment_list import EnrichmentList
    from ..types.defs.enrichment_rule import EnrichmentRule

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

    def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> Enrichment:
        """Get an integration's enrichment rules.

        Returns the label enrichment rules (extraction, composition, mapping, drop) of
        one integration; `data` is null when it has none.

        Permission: Channels Read, Channels Manage, Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/info

        Args:
            integration_id: Integration whose rules to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_ENRICHMENT_INFO, args, **options)

    def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations.

        Returns the label enrichment rules of each given integration that has some.

        Permission: Integrations Read or Integrations Manage.
        HTTP: POST /enrichment/list

        Args:
            integration_ids: Integrations whose rules to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_ids": integration_ids}
        return self._client.request(_ENRICHMENT_LIST, args, **options)

    def upsert(
        self,
        *,
        integration_id: int,
        rules: SequenceNotStr[EnrichmentRule | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
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
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id, "rules": rules}
        return self._client.request(_ENRICHMENT_UPSERT, args, **options)


class AsyncAlertsEnrichment(AsyncResource):
    """Operations under `client.alerts.enrichment`."""

    @cached_property
    def mapping(self) -> AsyncAlertsEnrichmentMapping:
        from .alerts_enrichment_mapping import AsyncAlertsEnrichmentMapping

        return AsyncAlertsEnrichmentMapping(self._client)

    async def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> Enrichment:
        """Get an integration's enrichment rules: the awaitable `AlertsEnrichment.info`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_ENRICHMENT_INFO, args, **options)

    async def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> EnrichmentList:
        """Get the enrichment rules of several integrations: the awaitable `AlertsEnrichment.list`, documented there."""
        args = {"integration_ids": integration_ids}
        return await self._client.request(_ENRICHMENT_LIST, args, **options)

    async def upsert(
        self,
        *,
        integration_id: int,
        rules: SequenceNotStr[EnrichmentRule | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an integration's enrichment rules: the awaitable `AlertsEnrichment.upsert`, documented there."""
        args = {"integration_id": integration_id, "rules": rules}
        return await self._client.request(_ENRICHMENT_UPSERT, args, **options)
