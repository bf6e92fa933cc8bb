"""`client.rum.preset_severity_rules.history`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.rum_preset_severity_rule_history_page import RumPresetSeverityRuleHistoryPage

_TYPES = TypeNames(
    __name__,
    {
        "RumPresetSeverityRuleHistoryPage": "defs.rum_preset_severity_rule_history_page",
    },
)

__all__ = ["RumPresetSeverityRulesHistory", "AsyncRumPresetSeverityRulesHistory"]

_PRESET_SEVERITY_RULES_HISTORY_LIST: Endpoint[RumPresetSeverityRuleHistoryPage] = Endpoint(
    "POST",
    "/rum/issue/preset-severity/rules/history/list",
    kind="model",
    data="RumPresetSeverityRuleHistoryPage",
    types=_TYPES,
    idempotent=True,
)
_PRESET_SEVERITY_RULES_HISTORY_REVERT: Endpoint[None] = Endpoint(
    "POST", "/rum/issue/preset-severity/rules/history/revert", kind="none", limits=(20, 300)
)


class RumPresetSeverityRulesHistory(SyncResource):
    """Operations under `client.rum.preset_severity_rules.history`."""

    def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at", "version"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumPresetSeverityRuleHistoryPage:
        """List versions of the preset severity rules.

        Each entry holds every rule of the application as it was just before one change.
        Pages count from 0 (`p`).

        HTTP: POST /rum/issue/preset-severity/rules/history/list

        Args:
            application_id: See the API reference.
            p: See the API reference.
            limit: See the API reference.
            orderby: See the API reference.
            asc: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "application_id": application_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return self._client.request(_PRESET_SEVERITY_RULES_HISTORY_LIST, args, **options)

    def revert(
        self, *, application_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Go back to an earlier version of the preset severity rules.

        Replaces the current rules with those of the given version (the current state is
        saved as a version first). An unknown `version` gives `InvalidParameter`.

        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /rum/issue/preset-severity/rules/history/revert

        Args:
            application_id: See the API reference.
            version: See the API reference.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"application_id": application_id, "version": version}
        return self._client.request(_PRESET_SEVERITY_RULES_HISTORY_REVERT, args, **options)


class AsyncRumPresetSeverityRulesHistory(AsyncResource):
    """Operations under `client.rum.preset_severity_rules.history`."""

    async def list(
        self,
        *,
        application_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        orderby: Literal["updated_at", "version"] | EnumValue | Omit = OMIT,
        asc: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> RumPresetSeverityRuleHistoryPage:
        """List versions of the preset severity rules: the awaitable `RumPresetSeverityRulesHistory.list`, documented there."""
        args = {
            "application_id": application_id,
            "p": p,
            "limit": limit,
            "orderby": orderby,
            "asc": asc,
        }
        return await self._client.request(_PRESET_SEVERITY_RULES_HISTORY_LIST, args, **options)

    async def revert(
        self, *, application_id: str, version: int, **options: Unpack[RequestOptions]
    ) -> None:
        """Go back to an earlier version of the preset severity rules: the awaitable `RumPresetSeverityRulesHistory.revert`, documented there."""
        args = {"application_id": application_id, "version": version}
        return await self._client.request(_PRESET_SEVERITY_RULES_HISTORY_REVERT, args, **options)
