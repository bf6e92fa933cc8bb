"""`client.ai_sre.mcp_servers`. Generated from spec/; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Mapping

from .._endpoint import Endpoint, Paging, TypeNames
from .._pagination import AsyncPager, SyncPage, sync_page
from .._resource import AsyncResource, SyncResource
from .._types import OMIT, EnumValue, Omit, SequenceNotStr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions
    from ..types.defs.mcp_server import MCPServer
    from ..types.defs.mcp_server_list import MCPServerList

_TYPES = TypeNames(
    __name__,
    {
        "MCPServer": "defs.mcp_server",
        "MCPServerList": "defs.mcp_server_list",
    },
)

__all__ = ["AiSreMcpServers", "AsyncAiSreMcpServers"]

_MCP_SERVERS_CREATE: Endpoint[MCPServer] = Endpoint(
    "POST", "/safari/mcp/server/create", kind="model", data="MCPServer", types=_TYPES
)
_MCP_SERVERS_DELETE: Endpoint[None] = Endpoint("POST", "/safari/mcp/server/delete", kind="none")
_MCP_SERVERS_DISABLE: Endpoint[None] = Endpoint("POST", "/safari/mcp/server/disable", kind="none")
_MCP_SERVERS_ENABLE: Endpoint[None] = Endpoint("POST", "/safari/mcp/server/enable", kind="none")
_MCP_SERVERS_GET: Endpoint[MCPServer] = Endpoint(
    "POST", "/safari/mcp/server/get", kind="model", data="MCPServer", types=_TYPES, idempotent=True
)
_MCP_SERVERS_LIST: Endpoint[MCPServerList] = Endpoint(
    "POST",
    "/safari/mcp/server/list",
    kind="page",
    data="MCPServerList",
    types=_TYPES,
    idempotent=True,
    paging=Paging(items="servers", page="p", total="total"),
)
_MCP_SERVERS_UPDATE: Endpoint[MCPServer] = Endpoint(
    "POST", "/safari/mcp/server/update", kind="model", data="MCPServer", types=_TYPES
)


class AiSreMcpServers(SyncResource):
    """Operations under `client.ai_sre.mcp_servers`."""

    def create(
        self,
        *,
        server_name: str,
        description: str,
        transport: Literal["stdio", "sse", "streamable-http"] | EnumValue,
        command: str | Omit = OMIT,
        args_: SequenceNotStr[str] | Omit = OMIT,
        env: Mapping[str, str] | Omit = OMIT,
        url: str | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        connect_timeout: int | Omit = OMIT,
        call_timeout: int | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        status: Literal["enabled", "disabled"] | EnumValue | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: Literal["byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        source_template_name: str | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Add an MCP server.

        Connects a Model Context Protocol server whose tools the AI SRE agent may call,
        reached over `stdio` (a command run in a BYOC environment), `sse` or
        `streamable-http`. Secrets in `env` and `headers` are masked when read back.

        Permission: MCP Manage.
        HTTP: POST /safari/mcp/server/create

        Args:
            server_name: Name of the MCP server.
            description: What it is for.
            transport: How the server is reached: a local command (`stdio`), server-sent
                events (`sse`) or streamable HTTP.
            command: Command that starts a `stdio` server.
            args_: Arguments of that command.
            env: Environment variables of a `stdio` server.
            url: Address of an `sse` or `streamable-http` server.
            headers: HTTP headers sent to an `sse` or `streamable-http` server.
            connect_timeout: Seconds allowed to connect; 0 for the default of 10.
            call_timeout: Seconds allowed per tool call; 0 for the default of 60.
            auth_mode: Whose credential is used: one shared by everyone (`shared`, the
                default), each member's own secret (`per_user_secret`) or each member's
                own OAuth grant (`per_user_oauth`).
            secret_schema: JSON describing the per-member secret, such as the header it
                goes in; needed for `per_user_secret`.
            oauth_metadata: JSON metadata of the OAuth provider, filled in by discovery
                for `per_user_oauth`.
            status: Whether the server starts out enabled (the default) or disabled.
            team_id: Owning team; 0 for the account (or, for automation rules, the
                caller personally).
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
            allow_insecure_oauth_http: Allow OAuth discovery over plain HTTP to hosts
                other than the local one.
            allow_insecure_tls_skip_verify: Skip checking the TLS certificate
                (self-signed or private certificates).
            source_template_name: Marketplace template it was installed from; empty when
                written by hand.
            environments: Execution environments it may be called from: `cloud` and/or
                BYOC runner environment IDs; empty means all. Newer form of
                `environment_kind`/`environment_id`.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {
            "server_name": server_name,
            "description": description,
            "transport": transport,
            "command": command,
            "args": args_,
            "env": env,
            "url": url,
            "headers": headers,
            "connect_timeout": connect_timeout,
            "call_timeout": call_timeout,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "status": status,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "source_template_name": source_template_name,
            "environments": environments,
        }
        return self._client.request(_MCP_SERVERS_CREATE, args, **options)

    def delete(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an MCP server.

        Removes an MCP server; the agent no longer sees its tools.

        Permission: MCP Manage.
        HTTP: POST /safari/mcp/server/delete

        Args:
            server_id: The MCP server.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"server_id": server_id}
        return self._client.request(_MCP_SERVERS_DELETE, args, **options)

    def disable(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an MCP server.

        Hides the server's tools from the agent without deleting its configuration.

        Permission: MCP Manage.
        HTTP: POST /safari/mcp/server/disable

        Args:
            server_id: The MCP server.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"server_id": server_id}
        return self._client.request(_MCP_SERVERS_DISABLE, args, **options)

    def enable(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an MCP server.

        Offers a disabled server's tools to the agent again.

        Permission: MCP Manage.
        HTTP: POST /safari/mcp/server/enable

        Args:
            server_id: The MCP server.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"server_id": server_id}
        return self._client.request(_MCP_SERVERS_ENABLE, args, **options)

    def get(self, *, server_id: str, **options: Unpack[RequestOptions]) -> MCPServer:
        """Get an MCP server.

        Returns one MCP server with the tools it offers, asked from the server there and
        then; when that fails the call still succeeds, with the reason in `list_error`.
        Secret values come back masked.

        HTTP: POST /safari/mcp/server/get

        Args:
            server_id: The MCP server.
            **options: `timeout`, `max_retries`, `extra_headers`, `extra_query` and
                `extra_body` for this call.
        """
        args = {"server_id": server_id}
        return self._client.request(_MCP_SERVERS_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[MCPServer, MCPServerList]:
        """List MCP servers.

        Lists the MCP servers the caller can see, account-wide and in the caller's
        teams, optionally filtered by a search text. Paged by `p` and `limit`; `total`
        counts every match.

        HTTP: POST /safari/mcp/server/list

        Args:
            p: Page number, from 1.
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
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return sync_page(self._client, _MCP_SERVERS_LIST, args, options)

    def update(
        self,
        *,
        server_id: str,
        server_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        transport: Literal["stdio", "sse", "streamable-http"] | EnumValue | Omit = OMIT,
        command: str | Omit = OMIT,
        args_: SequenceNotStr[str] | Omit = OMIT,
        env: Mapping[str, str] | Omit = OMIT,
        url: str | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        connect_timeout: int | Omit = OMIT,
        call_timeout: int | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: str | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server.

        Changes the fields that are sent and leaves the others as they are. For a secret
        in `env` or `headers`, sending back the masked value keeps the stored one.

        Permission: MCP Manage.
        HTTP: POST /safari/mcp/server/update

        Args:
            server_id: The MCP server.
            server_name: Name of the MCP server.
            description: What it is for.
            transport: How the server is reached: a local command (`stdio`), server-sent
                events (`sse`) or streamable HTTP.
            command: Command that starts a `stdio` server.
            args_: Arguments of that command.
            env: Environment variables of a `stdio` server.
            url: Address of an `sse` or `streamable-http` server.
            headers: HTTP headers sent to an `sse` or `streamable-http` server.
            connect_timeout: Seconds allowed to connect; 0 for the default of 10.
            call_timeout: Seconds allowed per tool call; 0 for the default of 60.
            auth_mode: Whose credential is used: one shared by everyone (`shared`, the
                default), each member's own secret (`per_user_secret`) or each member's
                own OAuth grant (`per_user_oauth`).
            secret_schema: JSON describing the per-member secret, such as the header it
                goes in; needed for `per_user_secret`.
            oauth_metadata: JSON metadata of the OAuth provider, filled in by discovery
                for `per_user_oauth`.
            team_id: Owning team; 0 for the account (or, for automation rules, the
                caller personally).
            environment_kind: Where it runs: empty or `cloud` for Flashcat's cloud,
                `byoc` for a BYOC runner.
            environment_id: The BYOC runner environment, when `environment_kind` is
                `byoc`.
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
            "server_id": server_id,
            "server_name": server_name,
            "description": description,
            "transport": transport,
            "command": command,
            "args": args_,
            "env": env,
            "url": url,
            "headers": headers,
            "connect_timeout": connect_timeout,
            "call_timeout": call_timeout,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return self._client.request(_MCP_SERVERS_UPDATE, args, **options)


class AsyncAiSreMcpServers(AsyncResource):
    """Operations under `client.ai_sre.mcp_servers`."""

    async def create(
        self,
        *,
        server_name: str,
        description: str,
        transport: Literal["stdio", "sse", "streamable-http"] | EnumValue,
        command: str | Omit = OMIT,
        args_: SequenceNotStr[str] | Omit = OMIT,
        env: Mapping[str, str] | Omit = OMIT,
        url: str | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        connect_timeout: int | Omit = OMIT,
        call_timeout: int | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        status: Literal["enabled", "disabled"] | EnumValue | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: Literal["byoc"] | EnumValue | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        source_template_name: str | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Add an MCP server: the awaitable `AiSreMcpServers.create`, documented there."""
        args = {
            "server_name": server_name,
            "description": description,
            "transport": transport,
            "command": command,
            "args": args_,
            "env": env,
            "url": url,
            "headers": headers,
            "connect_timeout": connect_timeout,
            "call_timeout": call_timeout,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "status": status,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "source_template_name": source_template_name,
            "environments": environments,
        }
        return await self._client.request(_MCP_SERVERS_CREATE, args, **options)

    async def delete(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an MCP server: the awaitable `AiSreMcpServers.delete`, documented there."""
        args = {"server_id": server_id}
        return await self._client.request(_MCP_SERVERS_DELETE, args, **options)

    async def disable(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Disable an MCP server: the awaitable `AiSreMcpServers.disable`, documented there."""
        args = {"server_id": server_id}
        return await self._client.request(_MCP_SERVERS_DISABLE, args, **options)

    async def enable(self, *, server_id: str, **options: Unpack[RequestOptions]) -> None:
        """Enable an MCP server: the awaitable `AiSreMcpServers.enable`, documented there."""
        args = {"server_id": server_id}
        return await self._client.request(_MCP_SERVERS_ENABLE, args, **options)

    async def get(self, *, server_id: str, **options: Unpack[RequestOptions]) -> MCPServer:
        """Get an MCP server: the awaitable `AiSreMcpServers.get`, documented there."""
        args = {"server_id": server_id}
        return await self._client.request(_MCP_SERVERS_GET, args, **options)

    def list(
        self,
        *,
        p: int | Omit = OMIT,
        limit: int | Omit = OMIT,
        scope: Literal["all", "account", "team"] | EnumValue | Omit = OMIT,
        query: str | Omit = OMIT,
        team_ids: SequenceNotStr[int] | Omit = OMIT,
        include_account: bool | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MCPServer, MCPServerList]:
        """List MCP servers: the awaitable `AiSreMcpServers.list`, documented there."""
        args = {
            "p": p,
            "limit": limit,
            "scope": scope,
            "query": query,
            "team_ids": team_ids,
            "include_account": include_account,
        }
        return AsyncPager(self._client, _MCP_SERVERS_LIST, args, options)

    async def update(
        self,
        *,
        server_id: str,
        server_name: str | Omit = OMIT,
        description: str | Omit = OMIT,
        transport: Literal["stdio", "sse", "streamable-http"] | EnumValue | Omit = OMIT,
        command: str | Omit = OMIT,
        args_: SequenceNotStr[str] | Omit = OMIT,
        env: Mapping[str, str] | Omit = OMIT,
        url: str | Omit = OMIT,
        headers: Mapping[str, str] | Omit = OMIT,
        connect_timeout: int | Omit = OMIT,
        call_timeout: int | Omit = OMIT,
        auth_mode: str | Omit = OMIT,
        secret_schema: str | Omit = OMIT,
        oauth_metadata: str | Omit = OMIT,
        team_id: int | Omit = OMIT,
        environment_kind: str | Omit = OMIT,
        environment_id: str | Omit = OMIT,
        allow_insecure_oauth_http: bool | Omit = OMIT,
        allow_insecure_tls_skip_verify: bool | Omit = OMIT,
        environments: SequenceNotStr[str] | Omit = OMIT,
        **options: Unpack[RequestOptions],
    ) -> MCPServer:
        """Update an MCP server: the awaitable `AiSreMcpServers.update`, documented there."""
        args = {
            "server_id": server_id,
            "server_name": server_name,
            "description": description,
            "transport": transport,
            "command": command,
            "args": args_,
            "env": env,
            "url": url,
            "headers": headers,
            "connect_timeout": connect_timeout,
            "call_timeout": call_timeout,
            "auth_mode": auth_mode,
            "secret_schema": secret_schema,
            "oauth_metadata": oauth_metadata,
            "team_id": team_id,
            "environment_kind": environment_kind,
            "environment_id": environment_id,
            "allow_insecure_oauth_http": allow_insecure_oauth_http,
            "allow_insecure_tls_skip_verify": allow_insecure_tls_skip_verify,
            "environments": environments,
        }
        return await self._client.request(_MCP_SERVERS_UPDATE, args, **options)
