"""`client.alerts.pipelines`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.alert_pipeline import AlertPipeline
    from ..types.defs.alert_pipeline_list import AlertPipelineList
    from ..types.defs.alert_pipeline_rule import AlertPipelineRule

_TYPES = TypeNames(
    __name__,
    {
        "AlertPipeline": "defs.alert_pipeline",
        "AlertPipelineList": "defs.alert_pipeline_list",
        "AlertPipelineRule": "defs.alert_pipeline_rule",
    },
)

__all__ = ["AlertsPipelines", "AsyncAlertsPipelines"]

_PIPELINES_INFO: Endpoint[AlertPipeline] = Endpoint(
    "POST",
    "/alert/pipeline/info",
    kind="model",
    data="AlertPipeline",
    types=_TYPES,
    idempotent=True,
)
_PIPELINES_LIST: Endpoint[AlertPipelineList] = Endpoint(
    "POST",
    "/alert/pipeline/list",
    kind="model",
    data="AlertPipelineList",
    types=_TYPES,
    idempotent=True,
)
_PIPELINES_UPSERT: Endpoint[None] = Endpoint(
    "POST",
    "/alert/pipeline/upsert",
    kind="none",
    types=_TYPES,
    models={"rules": ("AlertPipelineRule", "l")},
)


class AlertsPipelines(SyncResource):
    """Operations under `client.alerts.pipelines`."""

    def info(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> AlertPipeline:
        """Get an integration's alert pipeline.

        Returns the processing rules (title, description and severity rewrites, drops,
        inhibitions) of one integration; `data` is null when it has none.

        Permission: Integrations Read.
        HTTP: POST /alert/pipeline/info

        Args:
            integration_id: Integration whose pipeline to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_PIPELINES_INFO, args, **options)

    def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> AlertPipelineList:
        """Get the alert pipelines of several integrations.

        Returns the processing rules of each given integration that has some. The caller
        must have access to every integration.

        Permission: Integrations Read.
        HTTP: POST /alert/pipeline/list

        Args:
            integration_ids: Integrations whose pipelines to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_ids": integration_ids}
        return self._client.request(_PIPELINES_LIST, args, **options)

    def upsert(
        self,
        *,
        integration_id: int,
        rules: SequenceNotStr[AlertPipelineRule | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an integration's alert pipeline.

        Replaces the whole list of processing rules of an integration (at most 50); send
        an empty list to remove them all. Each rule has a `kind`, an optional `if`
        filter and the `settings` of its kind. `alert_inhibit` needs the Standard plan
        or higher. Recorded in the audit log.

        Permission: Integrations Manage.
        HTTP: POST /alert/pipeline/upsert

        Args:
            integration_id: Integration to configure.
            rules: Rules in the order they run, at most 50.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id, "rules": rules}
        return self._client.request(_PIPELINES_UPSERT, args, **options)


class AsyncAlertsPipelines(AsyncResource):
    """Operations under `client.alerts.pipelines`."""

    async def info(
        self, *, integration_id: int, **options: Unpack[RequestOptions]
    ) -> AlertPipeline:
        """Get an integration's alert pipeline: the awaitable `AlertsPipelines.info`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_PIPELINES_INFO, args, **options)

    async def list(
        self, *, integration_ids: SequenceNotStr[int], **options: Unpack[RequestOptions]
    ) -> AlertPipelineList:
        """Get the alert pipelines of several integrations: the awaitable `AlertsPipelines.list`, documented there."""
        args = {"integration_ids": integration_ids}
        return await self._client.request(_PIPELINES_LIST, args, **options)

    async def upsert(
        self,
        *,
        integration_id: int,
        rules: SequenceNotStr[AlertPipelineRule | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set an integration's alert pipeline: the awaitable `AlertsPipelines.upsert`, documented there."""
        args = {"integration_id": integration_id, "rules": rules}
        return await self._client.request(_PIPELINES_UPSERT, args, **options)
