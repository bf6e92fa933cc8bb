"""`client.rum.preset_severity_rules`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from .rum_preset_severity_rules_history import (
        RumPresetSeverityRulesHistory,
        AsyncRumPresetSeverityRulesHistory,
    )
    from ..types.defs.rum_preset_severity_rule_created import RumPresetSeverityRuleCreated
    from ..types.defs.rum_preset_severity_rule_filter_condition import (
        RumPresetSeverityRuleFilterCondition,
    )
    from ..types.defs.rum_preset_severity_rule_list import RumPresetSeverityRuleList

_TYPES = TypeNames(
    __name__,
    {
        "RumPresetSeverityRuleCreated": "defs.rum_preset_severity_rule_created",
        "RumPresetSeverityRuleFilterCondition": "defs.rum_preset_severity_rule_filter_condition",
        "RumPresetSeverityRuleList": "defs.rum_preset_severity_rule_list",
    },
)

__all__ = ["RumPresetSeverityRules", "AsyncRumPresetSeverityRules"]

_PRESET_SEVERITY_RULES_LIST: Endpoint[RumPresetSeverityRuleList] = Endpoint(
    "POST",
    "/rum/issue/preset-severity/rules/list",
    kind="model",
    data="RumPresetSeverityRuleList",
    types=_TYPES,
    idempotent=True,
)
_PRESET_SEVERITY_RULES_CREATE: Endpoint[RumPresetSeverityRuleCreated] = Endpoint(
    "POST",
    "/rum/issue/preset-severity/rules/create",
    kind="model",
    data="RumPresetSeverityRuleCreated",
    types=_TYPES,
    models={"filters": ("RumPresetSeverityRuleFilterCondition", "ll")},
    limits=(20, 300),
)
_PRESET_SEVERITY_RULES_UPDATE: Endpoint[None] = Endpoint(
    "POST",
    "/rum/issue/preset-severity/rules/update",
    kind="none",
    types=_TYPES,
    models={"filters": ("RumPresetSeverityRuleFilterCondition", "ll")},
    limits=(20, 300),
)
_PRESET_SEVERITY_RULES_DELETE: Endpoint[None] = Endpoint(
    "POST", "/rum/issue/preset-severity/rules/delete", kind="none", limits=(20, 300)
)
_PRESET_SEVERITY_RULES_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/rum/issue/preset-severity/rules/enable", kind="none", limits=(20, 300)
)
_PRESET_SEVERITY_RULES_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/rum/issue/preset-severity/rules/disable", kind="none", limits=(20, 300)
)
_PRESET_SEVERITY_RULES_REORDER: Endpoint[None] = Endpoint(
    "POST", "/rum/issue/preset-severity/rules/reorder", kind="none", limits=(20, 300)
)


class RumPresetSeverityRules(SyncResource):
    """Operations under `client.rum.preset_severity_rules`."""

    @cached_property
    def history(self) -> RumPresetSeverityRulesHistory:
        from .rum_preset_severity_rules_history import RumPresetSeverityRulesHistory

        return RumPresetSeverityRulesHistory(self._client)

    def list(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumPresetSeverityRuleList:
        """List an application's preset severity rules.

        Preset severity rules give matching new issues a severity; the first enabled
        rule (lowest `priority`) that matches wins. Rules come in the order they are
        tried: by `priority`, then by creation time.

        HTTP: POST /rum/issue/preset-severity/rules/list

        Args:
            application_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id}
        return self._client.request(_PRESET_SEVERITY_RULES_LIST, args, **options)

    def create(
        self,
        *,
        application_id: str,
        rule_name: str,
        filters: SequenceNotStr[
            SequenceNotStr[RumPresetSeverityRuleFilterCondition | Mapping[str, Any]]
        ],
        severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumPresetSeverityRuleCreated:
        """Create a preset severity rule.

        Preset severity rules give matching new issues a severity; the first enabled
        rule (lowest `priority`) that matches wins. The new rule is enabled and goes
        last; move it with `reorder`. Only some error fields may be used as `filters`
        keys; others give `InvalidParameter`.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/create

        Args:
            application_id: See the API reference.
            rule_name: See the API reference.
            filters: See the API reference.
            severity: See the API reference.
            description: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "rule_name": rule_name,
            "filters": filters,
            "severity": severity,
            "description": description,
        }
        return self._client.request(_PRESET_SEVERITY_RULES_CREATE, args, **options)

    def update(
        self,
        *,
        application_id: str,
        rule_id: str,
        rule_name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        filters: (
            SequenceNotStr[SequenceNotStr[RumPresetSeverityRuleFilterCondition | Mapping[str, Any]]]
            | Omit
        ) = OMIT,
        severity: Literal["Critical", "Warning", "Info"] | EnumValue | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change a preset severity rule.

        Changes the fields you send and keeps the others; `filters`, when sent, replaces
        all the conditions.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/update

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            rule_name: See the API reference.
            description: See the API reference.
            filters: See the API reference.
            severity: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "filters": filters,
            "severity": severity,
        }
        return self._client.request(_PRESET_SEVERITY_RULES_UPDATE, args, **options)

    def delete(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a preset severity rule.

        Removes the rule; its earlier state stays in the history. The server may still
        apply it for a few seconds.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/delete

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_PRESET_SEVERITY_RULES_DELETE, args, **options)

    def enable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn a preset severity rule on.

        Makes the rule take part in evaluation again (within a few seconds).

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/enable

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_PRESET_SEVERITY_RULES_ENABLE, args, **options)

    def disable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn a preset severity rule off.

        The rule is skipped but keeps its place in the order.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/disable

        Args:
            application_id: See the API reference.
            rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "rule_id": rule_id}
        return self._client.request(_PRESET_SEVERITY_RULES_DISABLE, args, **options)

    def reorder(
        self,
        *,
        application_id: str,
        drag_rule_id: str,
        target_rule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Move a preset severity rule.

        Puts `drag_rule_id` where `target_rule_id` is now; the rules in between, the
        target included, shift by one place. Lower `priority` is tried first.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/reorder

        Args:
            application_id: See the API reference.
            drag_rule_id: See the API reference.
            target_rule_id: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "drag_rule_id": drag_rule_id,
            "target_rule_id": target_rule_id,
        }
        return self._client.request(_PRESET_SEVERITY_RULES_REORDER, args, **options)


class AsyncRumPresetSeverityRules(AsyncResource):
    """Operations under `client.rum.preset_severity_rules`."""

    @cached_property
    def history(self) -> AsyncRumPresetSeverityRulesHistory:
        from .rum_preset_severity_rules_history import AsyncRumPresetSeverityRulesHistory

        return AsyncRumPresetSeverityRulesHistory(self._client)

    async def list(
        self, *, application_id: str, **options: Unpack[RequestOptions]
    ) -> RumPresetSeverityRuleList:
        """List an application's preset severity rules: the awaitable `RumPresetSeverityRules.list`, documented there."""
        args = {"application_id": application_id}
        return await self._client.request(_PRESET_SEVERITY_RULES_LIST, args, **options)

    async def create(
        self,
        *,
        application_id: str,
        rule_name: str,
        filters: SequenceNotStr[
            SequenceNotStr[RumPresetSeverityRuleFilterCondition | Mapping[str, Any]]
        ],
        severity: Literal["Critical", "Warning", "Info"] | EnumValue,
        description: str | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumPresetSeverityRuleCreated:
        """Create a preset severity rule: the awaitable `RumPresetSeverityRules.create`, documented there."""
        args = {
            "application_id": application_id,
            "rule_name": rule_name,
            "filters": filters,
            "severity": severity,
            "description": description,
        }
        return await self._client.request(_PRESET_SEVERITY_RULES_CREATE, args, **options)

    async def update(
        self,
        *,
        application_id: str,
        rule_id: str,
        rule_name: str | None | Omit = OMIT,
        description: str | None | Omit = OMIT,
        filters: (
            SequenceNotStr[SequenceNotStr[RumPresetSeverityRuleFilterCondition | Mapping[str, Any]]]
            | Omit
        ) = OMIT,
        severity: Literal["Critical", "Warning", "Info"] | EnumValue | None | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Change a preset severity rule: the awaitable `RumPresetSeverityRules.update`, documented there."""
        args = {
            "application_id": application_id,
            "rule_id": rule_id,
            "rule_name": rule_name,
            "description": description,
            "filters": filters,
            "severity": severity,
        }
        return await self._client.request(_PRESET_SEVERITY_RULES_UPDATE, args, **options)

    async def delete(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete a preset severity rule: the awaitable `RumPresetSeverityRules.delete`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_PRESET_SEVERITY_RULES_DELETE, args, **options)

    async def enable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn a preset severity rule on: the awaitable `RumPresetSeverityRules.enable`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_PRESET_SEVERITY_RULES_ENABLE, args, **options)

    async def disable(
        self, *, application_id: str, rule_id: str, **options: Unpack[RequestOptions]
    ) -> None:
        """Turn a preset severity rule off: the awaitable `RumPresetSeverityRules.disable`, documented there."""
        args = {"application_id": application_id, "rule_id": rule_id}
        return await self._client.request(_PRESET_SEVERITY_RULES_DISABLE, args, **options)

    async def reorder(
        self,
        *,
        application_id: str,
        drag_rule_id: str,
        target_rule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Move a preset severity rule: the awaitable `RumPresetSeverityRules.reorder`, documented there."""
        args = {
            "application_id": application_id,
            "drag_rule_id": drag_rule_id,
            "target_rule_id": target_rule_id,
        }
        return await self._client.request(_PRESET_SEVERITY_RULES_REORDER, args, **options)
