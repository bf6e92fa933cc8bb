"""`client.ai_sre.automations`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .ai_sre_automations_triggers import AiSreAutomationsTriggers, AsyncAiSreAutomationsTriggers

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["AiSreAutomations", "AsyncAiSreAutomations"]


class AiSreAutomations(SyncResource):
    """Operations under `client.ai_sre.automations`."""

    @cached_property
    def triggers(self) -> AiSreAutomationsTriggers:
        from .ai_sre_automations_triggers import AiSreAutomationsTriggers

        return AiSreAutomationsTriggers(self._client)


class AsyncAiSreAutomations(AsyncResource):
    """Operations under `client.ai_sre.automations`."""

    @cached_property
    def triggers(self) -> AsyncAiSreAutomationsTriggers:
        from .ai_sre_automations_triggers import AsyncAiSreAutomationsTriggers

        return AsyncAiSreAutomationsTriggers(self._client)
