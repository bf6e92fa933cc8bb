"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel
from pydantic import Field

from . import mcp_tool


class MCPServer(FlashdutyModel):
    """A Model Context Protocol server whose tools the AI SRE agent may call."""

    server_id: str = ""
    """ID of the server (`mcp_...`)."""
    account_id: int = 0
    """The account."""
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    can_edit: bool = False
    """Whether the caller may change it."""
    environment_kind: Annotated[Literal["", "byoc"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    Older form of `environments`: `byoc` when pinned to one runner, empty for automatic choice.
    """
    environment_id: str = ""
    """The pinned runner when `environment_kind` is `byoc`; empty otherwise."""
    server_name: str = ""
    """Name of the MCP server."""
    description: str = ""
    """What it is for."""
    ai_description: str = ""
    """Description written for the agent, telling it when to use the server."""
    transport: Annotated[Literal["stdio", "sse", "streamable-http"] | EnumValue, OPEN_ENUM] = (
        EnumValue("")
    )
    """
    How the server is reached: a local command (`stdio`), server-sent events (`sse`) or streamable HTTP.
    """
    command: str = ""
    """Command that starts a `stdio` server."""
    args: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Arguments of that command."""
    env: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Environment of a `stdio` server; secret values come back masked."""
    url: str = ""
    """Address of an `sse` or `streamable-http` server."""
    headers: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """HTTP headers sent to an `sse` or `streamable-http` server; secret values come back masked."""
    proxy_url: str = ""
    """Proxy the server is reached through."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether it is in use."""
    connect_timeout: int = 0
    """Seconds allowed to connect; 0 for the default of 10."""
    call_timeout: int = 0
    """Seconds allowed per tool call; 0 for the default of 60."""
    allow_insecure_oauth_http: bool = False
    """Allow OAuth discovery over plain HTTP to hosts other than the local one."""
    allow_insecure_tls_skip_verify: bool = False
    """Skip checking the TLS certificate (self-signed or private certificates)."""
    tools: Annotated[list[mcp_tool.MCPTool], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Tools it offers or needs."""
    tool_count: int = 0
    """Number of tools."""
    list_error: str = ""
    """Why listing the server's tools failed, if it did."""
    auth_mode: Annotated[
        Literal["shared", "per_user_secret", "per_user_oauth"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """
    Whose credential is used: one shared by everyone (`shared`, the default), each member's own secret (`per_user_secret`) or each member's own OAuth grant (`per_user_oauth`).
    """
    secret_schema: str = ""
    """
    JSON describing the per-member secret, such as the header it goes in; needed for `per_user_secret`.
    """
    oauth_metadata: str = ""
    """JSON metadata of the OAuth provider, filled in by discovery for `per_user_oauth`."""
    source_template_name: str = ""
    """Marketplace template it was installed from; empty when written by hand."""
    created_by: int = 0
    """Member who created it."""
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
    environments: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """
    Execution environments it may be called from: `cloud` and/or BYOC runner environment IDs; empty means all.
    """
