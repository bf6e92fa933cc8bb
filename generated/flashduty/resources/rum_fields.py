"""`client.rum.fields`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_field_list import RumFieldList

_TYPES = TypeNames(
    __name__,
    {
        "RumFieldList": "defs.rum_field_list",
    },
)

__all__ = ["RumFields", "AsyncRumFields"]

_FIELDS_LIST: Endpoint[RumFieldList] = Endpoint(
    "POST", "/rum/field/list", kind="model", data="RumFieldList", types=_TYPES, idempotent=True
)


class RumFields(SyncResource):
    """Operations under `client.rum.fields`."""

    def list(
        self,
        *,
        scopes: (
            SequenceNotStr[
                Literal[
                    "session",
                    "long_task",
                    "issues",
                    "error",
                    "resource",
                    "action",
                    "vital",
                    "sourcemap",
                    "view",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        is_facet: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumFieldList:
        """List queryable fields.

        Lists the fields of RUM data that can be queried, facets included, optionally
        only for some kinds of data. Documented only in the older reference.

        HTTP: POST /rum/field/list

        Args:
            scopes: Only fields of these kinds of data; all when omitted.
            is_facet: Only facets when true.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"scopes": scopes, "is_facet": is_facet}
        return self._client.request(_FIELDS_LIST, args, **options)


class AsyncRumFields(AsyncResource):
    """Operations under `client.rum.fields`."""

    async def list(
        self,
        *,
        scopes: (
            SequenceNotStr[
                Literal[
                    "session",
                    "long_task",
                    "issues",
                    "error",
                    "resource",
                    "action",
                    "vital",
                    "sourcemap",
                    "view",
                ]
                | EnumValue
            ]
            | Omit
        ) = OMIT,
        is_facet: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumFieldList:
        """List queryable fields: the awaitable `RumFields.list`, documented there."""
        args = {"scopes": scopes, "is_facet": is_facet}
        return await self._client.request(_FIELDS_LIST, args, **options)
