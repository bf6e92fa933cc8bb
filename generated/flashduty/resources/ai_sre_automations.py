"""`client.ai_sre.automations`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .ai_sre_automations_rules import AiSreAutomationsRules, AsyncAiSreAutomationsRules
    from .ai_sre_automations_runs import AiSreAutomationsRuns, AsyncAiSreAutomationsRuns
    from .ai_sre_automations_templates import (
        AiSreAutomationsTemplates,
        AsyncAiSreAutomationsTemplates,
    )
    from .ai_sre_automations_triggers import AiSreAutomationsTriggers, AsyncAiSreAutomationsTriggers

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["AiSreAutomations", "AsyncAiSreAutomations"]


class AiSreAutomations(SyncResource):
    """Operations under `client.ai_sre.automations`."""

    @cached_property
    def rules(self) -> AiSreAutomationsRules:
        from .ai_sre_automations_rules import AiSreAutomationsRules

        return AiSreAutomationsRules(self._client)

    @cached_property
    def runs(self) -> AiSreAutomationsRuns:
        from .ai_sre_automations_runs import AiSreAutomationsRuns

        return AiSreAutomationsRuns(self._client)

    @cached_property
    def templates(self) -> AiSreAutomationsTemplates:
        from .ai_sre_automations_templates import AiSreAutomationsTemplates

        return AiSreAutomationsTemplates(self._client)

    @cached_property
    def triggers(self) -> AiSreAutomationsTriggers:
        from .ai_sre_automations_triggers import AiSreAutomationsTriggers

        return AiSreAutomationsTriggers(self._client)


class AsyncAiSreAutomations(AsyncResource):
    """Operations under `client.ai_sre.automations`."""

    @cached_property
    def rules(self) -> AsyncAiSreAutomationsRules:
        from .ai_sre_automations_rules import AsyncAiSreAutomationsRules

        return AsyncAiSreAutomationsRules(self._client)

    @cached_property
    def runs(self) -> AsyncAiSreAutomationsRuns:
        from .ai_sre_automations_runs import AsyncAiSreAutomationsRuns

        return AsyncAiSreAutomationsRuns(self._client)

    @cached_property
    def templates(self) -> AsyncAiSreAutomationsTemplates:
        from .ai_sre_automations_templates import AsyncAiSreAutomationsTemplates

        return AsyncAiSreAutomationsTemplates(self._client)

    @cached_property
    def triggers(self) -> AsyncAiSreAutomationsTriggers:
        from .ai_sre_automations_triggers import AsyncAiSreAutomationsTriggers

        return AsyncAiSreAutomationsTriggers(self._client)
