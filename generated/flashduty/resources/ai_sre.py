"""`client.ai_sre`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .ai_sre_automations import AiSreAutomations, AsyncAiSreAutomations

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["AiSre", "AsyncAiSre"]


class AiSre(SyncResource):
    """Operations under `client.ai_sre`."""

    @cached_property
    def automations(self) -> AiSreAutomations:
        from .ai_sre_automations import AiSreAutomations

        return AiSreAutomations(self._client)


class AsyncAiSre(AsyncResource):
    """Operations under `client.ai_sre`."""

    @cached_property
    def automations(self) -> AsyncAiSreAutomations:
        from .ai_sre_automations import AsyncAiSreAutomations

        return AsyncAiSreAutomations(self._client)
