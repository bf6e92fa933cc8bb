"""`client.integrations.types`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.integration_type_page import IntegrationTypePage

_TYPES = TypeNames(
    __name__,
    {
        "IntegrationTypePage": "defs.integration_type_page",
    },
)

__all__ = ["IntegrationsTypes", "AsyncIntegrationsTypes"]

_TYPES_LIST: Endpoint[IntegrationTypePage] = Endpoint(
    "POST",
    "/integration/type/list",
    kind="model",
    data="IntegrationTypePage",
    types=_TYPES,
    idempotent=True,
)


class IntegrationsTypes(SyncResource):
    """Operations under `client.integrations.types`."""

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["id", "created_at", "updated_at", "name", "type"] | EnumValue | Omit
        ) = OMIT,
        category: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationTypePage:
        """List integration types.

        Lists the kinds of integration the account can use (Prometheus, Grafana,
        webhooks, ...), one page at a time, optionally only one category.
        `supports_api_create` tells which of them `integrations.create` can set up.

        Permission: Integrations Read.
        HTTP: POST /integration/type/list

        Args:
            p: Page number, from 1.
            limit: Items per page.
            orderby: Sort field.
            category: Integration category to match, e.g. `event.alert`; several
                comma-separated.
            asc: Ascending order when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"p": p, "limit": limit, "orderby": orderby, "category": category, "asc": asc}
        return self._client.request(_TYPES_LIST, args, **options)


class AsyncIntegrationsTypes(AsyncResource):
    """Operations under `client.integrations.types`."""

    async def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: (
            Literal["id", "created_at", "updated_at", "name", "type"] | EnumValue | Omit
        ) = OMIT,
        category: str | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> IntegrationTypePage:
        """List integration types: the awaitable `IntegrationsTypes.list`, documented there."""
        args = {"p": p, "limit": limit, "orderby": orderby, "category": category, "asc": asc}
        return await self._client.request(_TYPES_LIST, args, **options)
