"""`client.monitors.data_sources.prometheus`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.prometheus_label_values import PrometheusLabelValues

_TYPES = TypeNames(
    __name__,
    {
        "PrometheusLabelValues": "defs.prometheus_label_values",
    },
)

__all__ = ["MonitorsDataSourcesPrometheus", "AsyncMonitorsDataSourcesPrometheus"]

_DATA_SOURCES_PROMETHEUS_LABEL_VALUES: Endpoint[PrometheusLabelValues] = Endpoint(
    "GET",
    "/monit/prometheus/api/v1/label/{label_name}/values",
    kind="model",
    data="PrometheusLabelValues",
    types=_TYPES,
    idempotent=True,
    path_params=("label_name",),
    headers=("X-DSID",),
    bare=True,
)


class MonitorsDataSourcesPrometheus(SyncResource):
    """Operations under `client.monitors.data_sources.prometheus`."""

    def label_values(
        self, *, label_name: str, data_source_id: int, **options: Unpack[RequestOptions]
    ) -> PrometheusLabelValues:
        """List the values of a Prometheus label.

        Asks a Prometheus-compatible data source, through Flashduty's proxy, for the
        values one label takes. The data source is chosen by the `X-DSID` header
        (`data_source_id`). The answer is the data source's own Prometheus HTTP API
        document (`status`, `data`), not Flashduty's envelope; an error of the data
        source comes back in its own words. Known from the product catalog and the
        vendor's Go SDK.

        Unverified: known only from the product catalog; the body mirrors its siblings.

        HTTP: GET /monit/prometheus/api/v1/label/{label_name}/values

        Args:
            label_name: The label whose values are listed.
            data_source_id: The Prometheus data source to ask.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"label_name": label_name, "X-DSID": data_source_id}
        return self._client.request(_DATA_SOURCES_PROMETHEUS_LABEL_VALUES, args, **options)


class AsyncMonitorsDataSourcesPrometheus(AsyncResource):
    """Operations under `client.monitors.data_sources.prometheus`."""

    async def label_values(
        self, *, label_name: str, data_source_id: int, **options: Unpack[RequestOptions]
    ) -> PrometheusLabelValues:
        """List the values of a Prometheus label: the awaitable `MonitorsDataSourcesPrometheus.label_values`, documented there."""
        args = {"label_name": label_name, "X-DSID": data_source_id}
        return await self._client.request(_DATA_SOURCES_PROMETHEUS_LABEL_VALUES, args, **options)
