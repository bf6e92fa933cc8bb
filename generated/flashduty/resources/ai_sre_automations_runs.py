"""`client.ai_sre.automations.runs`. Generated from spec/; do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.automation_run import AutomationRun
    from ..types.defs.automation_run_list import AutomationRunList

_TYPES = TypeNames(
    __name__,
    {
        "AutomationRun": "defs.automation_run",
        "AutomationRunList": "defs.automation_run_list",
    },
)

__all__ = ["AiSreAutomationsRuns", "AsyncAiSreAutomationsRuns"]

_AUTOMATIONS_RUNS_LIST: Endpoint[AutomationRunList] = Endpoint(
    "POST",
    "/safari/automation/run/list",
    kind="page",
    data="AutomationRunList",
    types=_TYPES,
    idempotent=True,
    times={"started_after_ms": 1000, "started_before_ms": 1000},
    paging=Paging(items="runs", page="p", total="total"),
)


class AiSreAutomationsRuns(SyncResource):
    """Operations under `client.ai_sre.automations.runs`."""

    def list(
        self,
        *,
        rule_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        status: (
            Literal[
                "queued",
                "running",
                "retrying",
                "succeeded",
                "partial",
                "failed",
                "skipped",
                "abandoned",
                "blocked",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        trigger_kind: (
            Literal["schedule", "debug", "manual", "http_post", "oncall_incident"]
            | EnumValue
            | Omit
        ) = OMIT,
        started_after_ms: int | datetime | Omit = OMIT,
        started_before_ms: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AutomationRun, AutomationRunList]:
        """List the runs of an automation rule.

        Lists the recorded runs of one rule, newest first, optionally only those of one
        status or trigger kind, or started inside a window given in Unix milliseconds.
        Run history is kept for 180 days; an earlier lower bound is raised to that
        limit. Paged by `p` and `limit` (at most 100).

        Permission: Manager of the rule.
        HTTP: POST /safari/automation/run/list

        Args:
            rule_id: The automation rule.
            p: Page number, from 1.
            limit: Items per page.
            status: Only runs in this state.
            trigger_kind: Only runs started this way.
            started_after_ms: Only runs started at or after this time, Unix
                milliseconds. An aware `datetime` is accepted too.
            started_before_ms: Only runs started at or before this time, Unix
                milliseconds. An aware `datetime` is accepted too.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "rule_id": rule_id,
            "p": p,
            "limit": limit,
            "status": status,
            "trigger_kind": trigger_kind,
            "started_after_ms": started_after_ms,
            "started_before_ms": started_before_ms,
        }
        return sync_page(self._client, _AUTOMATIONS_RUNS_LIST, args, options)


class AsyncAiSreAutomationsRuns(AsyncResource):
    """Operations under `client.ai_sre.automations.runs`."""

    def list(
        self,
        *,
        rule_id: str,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        status: (
            Literal[
                "queued",
                "running",
                "retrying",
                "succeeded",
                "partial",
                "failed",
                "skipped",
                "abandoned",
                "blocked",
            ]
            | EnumValue
            | Omit
        ) = OMIT,
        trigger_kind: (
            Literal["schedule", "debug", "manual", "http_post", "oncall_incident"]
            | EnumValue
            | Omit
        ) = OMIT,
        started_after_ms: int | datetime | Omit = OMIT,
        started_before_ms: int | datetime | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AutomationRun, AutomationRunList]:
        """List the runs of an automation rule: the awaitable `AiSreAutomationsRuns.list`, documented there."""
        args = {
            "rule_id": rule_id,
            "p": p,
            "limit": limit,
            "status": status,
            "trigger_kind": trigger_kind,
            "started_after_ms": started_after_ms,
            "started_before_ms": started_before_ms,
        }
        return AsyncPager(self._client, _AUTOMATIONS_RUNS_LIST, args, options)
