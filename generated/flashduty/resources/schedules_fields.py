"""`client.schedules.fields`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.custom_field import CustomField
    from ..types.defs.custom_field_created import CustomFieldCreated
    from ..types.defs.custom_field_list import CustomFieldList

_TYPES = TypeNames(
    __name__,
    {
        "CustomField": "defs.custom_field",
        "CustomFieldCreated": "defs.custom_field_created",
        "CustomFieldList": "defs.custom_field_list",
    },
)

__all__ = ["SchedulesFields", "AsyncSchedulesFields"]

_FIELDS_CREATE: Endpoint[CustomFieldCreated] = Endpoint(
    "POST", "/field/create", kind="model", data="CustomFieldCreated", types=_TYPES
)
_FIELDS_UPDATE: Endpoint[None] = Endpoint("POST", "/field/update", kind="none")
_FIELDS_DELETE: Endpoint[None] = Endpoint("POST", "/field/delete", kind="none")
_FIELDS_INFO: Endpoint[CustomField] = Endpoint(
    "POST", "/field/info", kind="model", data="CustomField", types=_TYPES, idempotent=True
)
_FIELDS_LIST: Endpoint[CustomFieldList] = Endpoint(
    "POST", "/field/list", kind="model", data="CustomFieldList", types=_TYPES, idempotent=True
)


class SchedulesFields(SyncResource):
    """Operations under `client.schedules.fields`."""

    def create(
        self,
        *,
        field_name: str,
        display_name: str,
        field_type: Literal["text", "single_select", "multi_select", "checkbox"] | EnumValue,
        value_type: Literal["string", "bool", "float"] | EnumValue,
        description: str | Omit = OMIT,
        options_: SequenceNotStr[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldCreated:
        """Create a custom field.

        Defines a custom incident field: a free-text, select or checkbox input whose
        values incidents carry under `fields`. Options and the default must be of the
        `value_type`.

        HTTP: POST /field/create

        Args:
            field_name: Key of the field in incidents - a letter or underscore, then up
                to 39 letters, digits or underscores.
            display_name: Label shown in the console, at most 40 characters.
            field_type: Input control of the field.
            value_type: Type of the field's values.
            description: Explanatory text of up to 500 characters.
            options_: Allowed values for select fields, distinct, of the `value_type`;
                strings up to 200 characters.
            default_value: Value used when none is set, of the `value_type`; up to 500
                characters for text fields, 200 otherwise.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "field_name": field_name,
            "display_name": display_name,
            "field_type": field_type,
            "value_type": value_type,
            "description": description,
            "options": options_,
            "default_value": default_value,
        }
        return self._client.request(_FIELDS_CREATE, args, **options)

    def update(
        self,
        *,
        field_id: str,
        display_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        options_: SequenceNotStr[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a custom field.

        Changes a custom field's label, description, options or default. The key, input
        control and value type are not part of this call.

        HTTP: POST /field/update

        Args:
            field_id: Field to change.
            display_name: New label.
            description: New description.
            options_: New allowed values, distinct, of the field's `value_type`.
            default_value: New default, of the field's `value_type`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "field_id": field_id,
            "display_name": display_name,
            "description": description,
            "options": options_,
            "default_value": default_value,
        }
        return self._client.request(_FIELDS_UPDATE, args, **options)

    def delete(self, *, field_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a custom field.

        Deletes a custom field definition.

        HTTP: POST /field/delete

        Args:
            field_id: Field to delete.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"field_id": field_id}
        return self._client.request(_FIELDS_DELETE, args, **options)

    def info(self, *, field_id: str, **options: Unpack[RequestOptions]) -> CustomField:
        """Get one custom field.

        Returns a custom field definition.

        HTTP: POST /field/info

        Args:
            field_id: Field to read.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"field_id": field_id}
        return self._client.request(_FIELDS_INFO, args, **options)

    def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        creator_id: int | None | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldList:
        """List custom fields.

        Returns the custom fields of the account, optionally only those matching a text
        or created by one member, sorted as asked. Not paginated.

        HTTP: POST /field/list

        Args:
            orderby: Sort field.
            asc: Ascending when true.
            creator_id: Only fields created by this member.
            query: Text to match in the field names.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"orderby": orderby, "asc": asc, "creator_id": creator_id, "query": query}
        return self._client.request(_FIELDS_LIST, args, **options)


class AsyncSchedulesFields(AsyncResource):
    """Operations under `client.schedules.fields`."""

    async def create(
        self,
        *,
        field_name: str,
        display_name: str,
        field_type: Literal["text", "single_select", "multi_select", "checkbox"] | EnumValue,
        value_type: Literal["string", "bool", "float"] | EnumValue,
        description: str | Omit = OMIT,
        options_: SequenceNotStr[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldCreated:
        """Create a custom field: the awaitable `SchedulesFields.create`, documented there."""
        args = {
            "field_name": field_name,
            "display_name": display_name,
            "field_type": field_type,
            "value_type": value_type,
            "description": description,
            "options": options_,
            "default_value": default_value,
        }
        return await self._client.request(_FIELDS_CREATE, args, **options)

    async def update(
        self,
        *,
        field_id: str,
        display_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        options_: SequenceNotStr[Any] | Omit = OMIT,
        default_value: Any | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a custom field: the awaitable `SchedulesFields.update`, documented there."""
        args = {
            "field_id": field_id,
            "display_name": display_name,
            "description": description,
            "options": options_,
            "default_value": default_value,
        }
        return await self._client.request(_FIELDS_UPDATE, args, **options)

    async def delete(self, *, field_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a custom field: the awaitable `SchedulesFields.delete`, documented there."""
        args = {"field_id": field_id}
        return await self._client.request(_FIELDS_DELETE, args, **options)

    async def info(self, *, field_id: str, **options: Unpack[RequestOptions]) -> CustomField:
        """Get one custom field: the awaitable `SchedulesFields.info`, documented there."""
        args = {"field_id": field_id}
        return await self._client.request(_FIELDS_INFO, args, **options)

    async def list(
        self,
        *,
        orderby: Literal["created_at", "updated_at"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        creator_id: int | None | Omit = OMIT,
        query: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldList:
        """List custom fields: the awaitable `SchedulesFields.list`, documented there."""
        args = {"orderby": orderby, "asc": asc, "creator_id": creator_id, "query": query}
        return await self._client.request(_FIELDS_LIST, args, **options)
