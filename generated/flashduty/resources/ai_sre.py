"""`client.ai_sre`. Generated from spec/; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._endpoint import TypeNames
from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .ai_sre_a2a_agents import AiSreA2aAgents, AsyncAiSreA2aAgents
    from .ai_sre_automations import AiSreAutomations, AsyncAiSreAutomations
    from .ai_sre_mcp_servers import AiSreMcpServers, AsyncAiSreMcpServers
    from .ai_sre_sessions import AiSreSessions, AsyncAiSreSessions
    from .ai_sre_skills import AiSreSkills, AsyncAiSreSkills
    from .ai_sre_knowledge import AiSreKnowledge, AsyncAiSreKnowledge
    from .ai_sre_artifacts import AiSreArtifacts, AsyncAiSreArtifacts

_TYPES = TypeNames(
    __name__,
    {},
)

__all__ = ["AiSre", "AsyncAiSre"]


class AiSre(SyncResource):
    """Operations under `client.ai_sre`."""

    @cached_property
    def a2a_agents(self) -> AiSreA2aAgents:
        from .ai_sre_a2a_agents import AiSreA2aAgents

        return AiSreA2aAgents(self._client)

    @cached_property
    def automations(self) -> AiSreAutomations:
        from .ai_sre_automations import AiSreAutomations

        return AiSreAutomations(self._client)

    @cached_property
    def mcp_servers(self) -> AiSreMcpServers:
        from .ai_sre_mcp_servers import AiSreMcpServers

        return AiSreMcpServers(self._client)

    @cached_property
    def sessions(self) -> AiSreSessions:
        from .ai_sre_sessions import AiSreSessions

        return AiSreSessions(self._client)

    @cached_property
    def skills(self) -> AiSreSkills:
        from .ai_sre_skills import AiSreSkills

        return AiSreSkills(self._client)

    @cached_property
    def knowledge(self) -> AiSreKnowledge:
        from .ai_sre_knowledge import AiSreKnowledge

        return AiSreKnowledge(self._client)

    @cached_property
    def artifacts(self) -> AiSreArtifacts:
        from .ai_sre_artifacts import AiSreArtifacts

        return AiSreArtifacts(self._client)


class AsyncAiSre(AsyncResource):
    """Operations under `client.ai_sre`."""

    @cached_property
    def a2a_agents(self) -> AsyncAiSreA2aAgents:
        from .ai_sre_a2a_agents import AsyncAiSreA2aAgents

        return AsyncAiSreA2aAgents(self._client)

    @cached_property
    def automations(self) -> AsyncAiSreAutomations:
        from .ai_sre_automations import AsyncAiSreAutomations

        return AsyncAiSreAutomations(self._client)

    @cached_property
    def mcp_servers(self) -> AsyncAiSreMcpServers:
        from .ai_sre_mcp_servers import AsyncAiSreMcpServers

        return AsyncAiSreMcpServers(self._client)

    @cached_property
    def sessions(self) -> AsyncAiSreSessions:
        from .ai_sre_sessions import AsyncAiSreSessions

        return AsyncAiSreSessions(self._client)

    @cached_property
    def skills(self) -> AsyncAiSreSkills:
        from .ai_sre_skills import AsyncAiSreSkills

        return AsyncAiSreSkills(self._client)

    @cached_property
    def knowledge(self) -> AsyncAiSreKnowledge:
        from .ai_sre_knowledge import AsyncAiSreKnowledge

        return AsyncAiSreKnowledge(self._client)

    @cached_property
    def artifacts(self) -> AsyncAiSreArtifacts:
        from .ai_sre_artifacts import AsyncAiSreArtifacts

        return AsyncAiSreArtifacts(self._client)
