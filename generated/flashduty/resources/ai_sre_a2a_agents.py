"""`client.ai_sre.a2a_agents`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Mapping

from .._endpoint import Endpoint, TypeNames
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.a2_a_agent import A2AAgent
    from ..types.defs.a2_a_agent_created import A2AAgentCreated
    from ..types.defs.a2_a_agent_list import A2AAgentList

_TYPES = TypeNames(
    __name__,
    {
        "A2AAgent": "defs.a2_a_agent",
        "A2AAgentCreated": "defs.a2_a_agent_created",
        "A2AAgentList": "defs.a2_a_agent_list",
    },
)

__all__ = ["AiSreA2aAgents", "AsyncAiSreA2aAgents"]

_A2A_AGENTS_CREATE: Endpoint[A2AAgentCreated] = Endpoint(
    "POST",
    "/safari/a2a-agent/create",
    kind="model",
    data="A2AAgentCreated",
    types=_TYPES,
    limits=(20, 300),
)
_A2A_AGENTS_DELETE: Endpoint[None] = Endpoint(
    "POST", "/safari/a2a-agent/delete", kind="none", limits=(20, 300)
)
_A2A_AGENTS_DISABLE: Endpoint[None] = Endpoint(
    "POST", "/safari/a2a-agent/disable", kind="none", limits=(20, 300)
)
_A2A_AGENTS_ENABLE: Endpoint[None] = Endpoint(
    "POST", "/safari/a2a-agent/enable", kind="none", limits=(20, 300)
)
_A2A_AGENTS_GET: Endpoint[A2AAgent] = Endpoint(
    "POST", "/safari/a2a-agent/get", kind="model", data="A2AAgent", types=_TYPES, idempotent=True
)
_A2A_AGENTS_LIST: Endpoint[A2AAgentList] = Endpoint(
    "POST",
    "/safari/a2a-agent/list",
    kind="model",
    data="A2AAgentList",
    types=_TYPES,
    idempotent=True,
)
_A2A_AGENTS_UPDATE: Endpoint[None] = Endpoint(
    "POST", "/safari/a2a-agent/update", kind="none", limits=(20, 300)
)


class AiSreA2aAgents(SyncResource):
    """Operations under `client.ai_sre.a2a_agents`."""

    def create(
        self,
        *,
        agent_name: str,
        instructions: str,
        card_url: str,
        auth_type: str | Omit = OMIT,
        auth_config: Mapping[str, str] | Omit = OMIT,
        streaming: bool | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: Literal["", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> A2AAgentCreated:
        """Register an A2A agent.

        Registers a remote agent that speaks the agent-to-agent (A2A) protocol, so that
        AI SRE can delegate work to it. The agent card URL is checked for form only;
        whether it can be reached is decided later by the environment that calls it. An
        account-wide agent (`team_id` 0) needs the owner or admin role; a team agent
        needs membership of that team.

        Permission: Agent Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/a2a-agent/create

        Args:
            agent_name: Display name of the agent.
            instructions: What the remote agent is for and how to use it: Markdown,
                optionally with a `summary` front matter, not empty.
            card_url: Absolute `http` or `https` address of the remote agent's card.
            auth_type: How AI SRE authenticates to the remote agent: `none`, `api_key`
                or `bearer` (older agents may show an empty value, meaning `none`).
            auth_config: Credentials for the remote agent (for example an API key or
                bearer token).
            streaming: Whether the remote agent streams its answers.
            team_id: Owning team; 0 for the account (or, for automation rules, the
                caller personally).
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
            auth_mode: Whose credential is used: one shared by everyone (`shared`, the
                default), each member's own secret (`per_user_secret`) or each member's
                own OAuth grant (`per_user_oauth`).
            secret_schema: JSON describing the per-member secret, such as the header it
                goes in; needed for `per_user_secret`.
            oauth_metadata: JSON metadata of the OAuth provider, filled in by discovery
                for `per_user_oauth`.
            allow_insecure_oauth_http: Allow OAuth discovery over plain HTTP to hosts
                other than the local one.
            allow_insecure_tls_skip_verify: Skip checking the TLS certificate
                (self-signed or private certificates).
            environments: Execution environments it may be called from: `cloud` and/or
                BYOC runner environment IDs; empty means all. Newer form of
                `environment_kind`/`environment_id`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "agent_name": agent_name,
            "instructions": instructions,
            "card_url": card_url,
            "auth_type": auth_type,
            "auth_config": auth_config,
            "streaming": streaming,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return self._client.request(_A2A_AGENTS_CREATE, args, **options)

    def delete(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an A2A agent.

        Removes a registered A2A agent; AI SRE stops delegating to it.

        Permission: Agent Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/a2a-agent/delete

        Args:
            agent_id: The A2A agent.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"agent_id": agent_id}
        return self._client.request(_A2A_AGENTS_DELETE, args, **options)

    def disable(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an A2A agent.

        Keeps the agent's registration but stops AI SRE from calling it until it is
        enabled again.

        Permission: Agent Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/a2a-agent/disable

        Args:
            agent_id: The A2A agent.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"agent_id": agent_id}
        return self._client.request(_A2A_AGENTS_DISABLE, args, **options)

    def enable(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an A2A agent.

        Makes a disabled A2A agent callable by AI SRE again.

        Permission: Agent Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/a2a-agent/enable

        Args:
            agent_id: The A2A agent.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"agent_id": agent_id}
        return self._client.request(_A2A_AGENTS_ENABLE, args, **options)

    def get(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> A2AAgent:
        """Get an A2A agent.

        Returns one registered A2A agent. Credentials in `auth_config` come back masked,
        and the fields read from the remote card are empty until the card was fetched.

        HTTP: POST /safari/a2a-agent/get

        Args:
            agent_id: The A2A agent.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"agent_id": agent_id}
        return self._client.request(_A2A_AGENTS_GET, args, **options)

    def list(
        self,
        *,
        offset: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> A2AAgentList:
        """List A2A agents.

        Lists the A2A agents the caller can see, account-wide and in the caller's teams.
        Paged by `offset` and `limit` (not by page number); `total` counts every match,
        so a caller pages on by raising `offset` until it is reached.

        HTTP: POST /safari/a2a-agent/list

        Args:
            offset: Number of items to skip, from 0.
            limit: Items per page.
            scope: Which items to include: all visible ones, or only account-wide
                (personal) or only team ones.
            query: Text to search for.
            team_ids: Only these teams (among those the caller can see).
            include_account: Whether account-wide items are included (default true);
                ignored when `scope` is set to `account` or `team`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "offset": offset,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return self._client.request(_A2A_AGENTS_LIST, args, **options)

    def update(
        self,
        *,
        agent_id: str,
        agent_name: str | Omit = OMIT,
        instructions: str | Omit = OMIT,
        card_url: str | Omit = OMIT,
        auth_type: str | Omit = OMIT,
        auth_config: Mapping[str, str] | Omit = OMIT,
        streaming: bool | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: str | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an A2A agent.

        Changes the fields that are sent and leaves the others as they are.
        `auth_config` is replaced as a whole; sending back a masked secret keeps the
        stored one, an empty string clears it. Moving the agent to another team needs
        rights there.

        Permission: Agent Manage.
        Rate limit: 20 per second, 300 per minute.
        HTTP: POST /safari/a2a-agent/update

        Args:
            agent_id: The A2A agent.
            agent_name: Display name of the agent.
            instructions: What the remote agent is for and how to use it: Markdown,
                optionally with a `summary` front matter, not empty.
            card_url: Absolute `http` or `https` address of the remote agent's card.
            auth_type: How AI SRE authenticates to the remote agent: `none`, `api_key`
                or `bearer` (older agents may show an empty value, meaning `none`).
            auth_config: Credentials for the remote agent (for example an API key or
                bearer token).
            streaming: Whether the remote agent streams its answers.
            team_id: Owning team; 0 for the account (or, for automation rules, the
                caller personally).
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
            auth_mode: Whose credential is used: one shared by everyone (`shared`, the
                default), each member's own secret (`per_user_secret`) or each member's
                own OAuth grant (`per_user_oauth`).
            secret_schema: JSON describing the per-member secret, such as the header it
                goes in; needed for `per_user_secret`.
            oauth_metadata: JSON metadata of the OAuth provider, filled in by discovery
                for `per_user_oauth`.
            allow_insecure_oauth_http: Allow OAuth discovery over plain HTTP to hosts
                other than the local one.
            allow_insecure_tls_skip_verify: Skip checking the TLS certificate
                (self-signed or private certificates).
            environments: Execution environments it may be called from: `cloud` and/or
                BYOC runner environment IDs; empty means all. Newer form of
                `environment_kind`/`environment_id`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "agent_id": agent_id,
            "agent_name": agent_name,
            "instructions": instructions,
            "card_url": card_url,
            "auth_type": auth_type,
            "auth_config": auth_config,
            "streaming": streaming,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return self._client.request(_A2A_AGENTS_UPDATE, args, **options)


class AsyncAiSreA2aAgents(AsyncResource):
    """Operations under `client.ai_sre.a2a_agents`."""

    async def create(
        self,
        *,
        agent_name: str,
        instructions: str,
        card_url: str,
        auth_type: str | Omit = OMIT,
        auth_config: Mapping[str, str] | Omit = OMIT,
        streaming: bool | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: Literal["", "byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> A2AAgentCreated:
        """Register an A2A agent: the awaitable `AiSreA2aAgents.create`, documented there."""
        args = {
            "agent_name": agent_name,
            "instructions": instructions,
            "card_url": card_url,
            "auth_type": auth_type,
            "auth_config": auth_config,
            "streaming": streaming,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return await self._client.request(_A2A_AGENTS_CREATE, args, **options)

    async def delete(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an A2A agent: the awaitable `AiSreA2aAgents.delete`, documented there."""
        args = {"agent_id": agent_id}
        return await self._client.request(_A2A_AGENTS_DELETE, args, **options)

    async def disable(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an A2A agent: the awaitable `AiSreA2aAgents.disable`, documented there."""
        args = {"agent_id": agent_id}
        return await self._client.request(_A2A_AGENTS_DISABLE, args, **options)

    async def enable(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an A2A agent: the awaitable `AiSreA2aAgents.enable`, documented there."""
        args = {"agent_id": agent_id}
        return await self._client.request(_A2A_AGENTS_ENABLE, args, **options)

    async def get(self, *, agent_id: str, **options: Unpack[RequestOptions]) -> A2AAgent:
        """Get an A2A agent: the awaitable `AiSreA2aAgents.get`, documented there."""
        args = {"agent_id": agent_id}
        return await self._client.request(_A2A_AGENTS_GET, args, **options)

    async def list(
        self,
        *,
        offset: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> A2AAgentList:
        """List A2A agents: the awaitable `AiSreA2aAgents.list`, documented there."""
        args = {
            "offset": offset,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return await self._client.request(_A2A_AGENTS_LIST, args, **options)

    async def update(
        self,
        *,
        agent_id: str,
        agent_name: str | Omit = OMIT,
        instructions: str | Omit = OMIT,
        card_url: str | Omit = OMIT,
        auth_type: str | Omit = OMIT,
        auth_config: Mapping[str, str] | Omit = OMIT,
        streaming: bool | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: str | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update an A2A agent: the awaitable `AiSreA2aAgents.update`, documented there."""
        args = {
            "agent_id": agent_id,
            "agent_name": agent_name,
            "instructions": instructions,
            "card_url": card_url,
            "auth_type": auth_type,
            "auth_config": auth_config,
            "streaming": streaming,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return await self._client.request(_A2A_AGENTS_UPDATE, args, **options)
