"""`client.integrations.keys`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.integration_key import IntegrationKey

_TYPES = TypeNames(
    __name__,
    {
        "IntegrationKey": "defs.integration_key",
    },
)

__all__ = ["IntegrationsKeys", "AsyncIntegrationsKeys"]

_KEYS_ROTATE: Endpoint[IntegrationKey] = Endpoint(
    "POST",
    "/integration/key/rotate",
    kind="model",
    data="IntegrationKey",
    types=_TYPES,
    limits=(20, 300),
)


class IntegrationsKeys(SyncResource):
    """Operations under `client.integrations.keys`."""

    def rotate(self, *, integration_id: int, **options: Unpack[RequestOptions]) -> IntegrationKey:
        """Rotate the ingestion key of an integration.

        Replaces the ingestion key of an integration with a new one and answers it; the
        old key stops working. The new key is shown this once.

        Permission: Integrations Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /integration/key/rotate

        Args:
            integration_id: Integration ID.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"integration_id": integration_id}
        return self._client.request(_KEYS_ROTATE, args, **options)


class AsyncIntegrationsKeys(AsyncResource):
    """Operations under `client.integrations.keys`."""

    async def rotate(
        self, *, integration_id: int, **options: Unpack[RequestOptions]
    ) -> IntegrationKey:
        """Rotate the ingestion key of an integration: the awaitable `IntegrationsKeys.rotate`, documented there."""
        args = {"integration_id": integration_id}
        return await self._client.request(_KEYS_ROTATE, args, **options)
