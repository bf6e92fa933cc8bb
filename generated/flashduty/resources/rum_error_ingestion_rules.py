"""`client.rum.error_ingestion_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .rum_error_ingestion_rules_history import (
        RumErrorIngestionRulesHistory,
        AsyncRumErrorIngestionRulesHistory,
    )
    from ..types.defs.rum_error_ingestion_filter_condition import RumErrorIngestionFilterCondition
    from ..types.defs.rum_error_ingestion_rule_created import RumErrorIngestionRuleCreated
    from ..types.defs.rum_error_ingestion_rule_list import RumErrorIngestionRuleList

_TYPES = TypeNames(
    __name__,
    {
        "RumErrorIngestionFilterCondition": "defs.rum_error_ingestion_filter_condition",
        "RumErrorIngestionRuleCreated": "defs.rum_error_ingestion_rule_created",
        "RumErrorIngestionRuleList": "defs.rum_error_ingestion_rule_list",
    },
)

__all__ = ["RumErrorIngestionRules", "AsyncRumErrorIngestionRules"]

_ERROR_INGESTION_RULES_LIST: Endpoint[RumErrorIngestionRuleList] = Endpoint(
    "POST",
    "/rum/error-ingestion/rules/list",
    kind="model",
    data="RumErrorIngestionRuleList",
    types=_TYPES,
    idempotent=True,
)
_ERROR_INGESTION_RULES_CREATE: Endpoint[RumErrorIngestionRuleCreated] = Endpoint(
    "POST",
    "/rum/error-ingestion/rules/create",
    kind="model",
    data="RumErrorIngestionRuleCreated",
    types=_TYPES,
    models={"filters": ("RumErrorIngestionFilterCondition", "ll")},
    limits=(20, 300),
)
_ERROR_INGESTION_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/error-ingestion/rules/update",
    kind="none",
    types=_TYPES,
    models={"filters": ("RumErrorIngestionFilterCondition", "ll")},
    limits=(20, 300),
)
_ERROR_INGESTION_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/rum/error-ingestion/rules/delete", kind="none", limits=(20, 300)
)
_ERROR_INGESTION_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/rum/error-ingestion/rules/enable", kind="none", limits=(20, 300)
)
_ERROR_INGESTION_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/rum/error-ingestion/rules/disable", kind="none", limits=(20, 300)
)


class RumErrorIngestionRules(SyncResource):
    """Operations under `client.rum.error_ingestion_rules`."""

    @cached_property
    def history(self) -> RumErrorIngestionRulesHistory:
        from .rum_error_ingestion_rules_history import RumErrorIngestionRulesHistory

        return RumErrorIngestionRulesHistory(self._client)

    def list(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumErrorIngestionRuleList:
        """List an application's error ingestion rules.

        Error ingestion rules decide which errors of an application are stored. Returns
        the enabled and disabled rules of one application, newest first; deleted ones
        are left out.

        HTTP: POST /rum/error-ingestion/rules/list

        Args:
            application_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id}
        return self._client.request(_ERROR_INGESTION_RULES_LIST, args, **options)

    def create(
        self,
        *,
        application_id: str,
        rule_name: str,
        filters: SequenceNotStr[
            SequenceNotStr[RumErrorIngestionFilterCondition | Mapping[str, Any]]
        ],
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumErrorIngestionRuleCreated:
        """Create an error ingestion rule.

        Error ingestion rules decide which errors of an application are stored. A new
        rule starts enabled. `filters` is a list of groups: an error matches when every
        condition of at least one group holds. Each change is kept in the rule history
        first.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/create

        Args:
            application_id: See the API reference.
            rule_name: See the API reference.
            filters: See the API reference.
            description: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "rule_name": rule_name,
            "filters": filters,
            "description": description,
        }
        return self._client.request(_ERROR_INGESTION_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        application_id: str,
        rule_id: str,
        rule_name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        filters: (
            SequenceNotStr[SequenceNotStr[RumErrorIngestionFilterCondition | Mapping[str, Any]]]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change an error ingestion rule.

        Changes the name, description or filters you send; the others stay.
        `ResourceNotFound` when the rule is not in that application.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/update

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            rule_name: See the API reference.
            description: See the API reference.
            filters: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "filters": filters,
        }
        return self._client.request(_ERROR_INGESTION_RULES_UPDATE, args, **options)

    def delete(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete an error ingestion rule.

        Removes the rule at once from the list; for a few seconds errors may still be
        matched against it (the server caches the enabled rules).

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/delete

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_ERROR_INGESTION_RULES_DELETE, args, **options)

    def enable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn an error ingestion rule on.

        Makes a disabled rule match incoming errors again.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/enable

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_ERROR_INGESTION_RULES_ENABLE, args, **options)

    def disable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn an error ingestion rule off.

        Keeps the rule (it is still listed) but stops matching errors against it.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/error-ingestion/rules/disable

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_ERROR_INGESTION_RULES_DISABLE, args, **options)


class AsyncRumErrorIngestionRules(AsyncResource):
    """Operations under `client.rum.error_ingestion_rules`."""

    @cached_property
    def history(self) -> AsyncRumErrorIngestionRulesHistory:
        from .rum_error_ingestion_rules_history import AsyncRumErrorIngestionRulesHistory

        return AsyncRumErrorIngestionRulesHistory(self._client)

    async def list(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumErrorIngestionRuleList:
        """List an application's error ingestion rules: the awaitable `RumErrorIngestionRules.list`, documented there."""
        args = {"application_id": application_id}
        return await self._client.request(_ERROR_INGESTION_RULES_LIST, args, **options)

    async def create(
        self,
        *,
        application_id: str,
        rule_name: str,
        filters: SequenceNotStr[
            SequenceNotStr[RumErrorIngestionFilterCondition | Mapping[str, Any]]
        ],
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumErrorIngestionRuleCreated:
        """Create an error ingestion rule: the awaitable `RumErrorIngestionRules.create`, documented there."""
        args = {
            "application_id": application_id,
            "rule_name": rule_name,
            "filters": filters,
            "description": description,
        }
        return await self._client.request(_ERROR_INGESTION_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        application_id: str,
        rule_id: str,
        rule_name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        filters: (
            SequenceNotStr[SequenceNotStr[RumErrorIngestionFilterCondition | Mapping[str, Any]]]
            | Omit
        ) = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change an error ingestion rule: the awaitable `RumErrorIngestionRules.update`, documented there."""
        args = {
            "application_id": application_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "filters": filters,
        }
        return await self._client.request(_ERROR_INGESTION_RULES_UPDATE, args, **options)

    async def delete(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete an error ingestion rule: the awaitable `RumErrorIngestionRules.delete`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_ERROR_INGESTION_RULES_DELETE, args, **options)

    async def enable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn an error ingestion rule on: the awaitable `RumErrorIngestionRules.enable`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_ERROR_INGESTION_RULES_ENABLE, args, **options)

    async def disable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn an error ingestion rule off: the awaitable `RumErrorIngestionRules.disable`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_ERROR_INGESTION_RULES_DISABLE, args, **options)
