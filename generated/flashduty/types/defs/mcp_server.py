"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel
from pydantic import Field

from . import mcp_tool


class MCPServer(FlashdutyModel):
    """A Model Context Protocol server whose tools the AI SRE agent may call."""

    server_id: str = ""
    """ID of the server (`mcp_...`)."""
    account_id: int = 0
    team_id: int = 0
    """Owning team; 0 for the account (or, for rules, the owner personally)."""
    can_edit: bool = False
    """Whether the caller may change it."""
    environment_kind: Annotated[Literal["", "byoc"] | str, OPEN_ENUM] = ""
    environment_id: str = ""
    server_name: str = ""
    description: str = ""
    ai_description: str = ""
    transport: Annotated[Literal["stdio", "sse", "streamable-http"] | str, OPEN_ENUM] = ""
    command: str = ""
    args: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
    env: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=dict)
    """Environment of a `stdio` server; secret values come back masked."""
    url: str = ""
    headers: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=dict)
    """HTTP headers sent to an `sse` or `streamable-http` server; secret values come back masked."""
    proxy_url: str = ""
    status: Annotated[Literal["enabled", "disabled"] | str, OPEN_ENUM] = ""
    connect_timeout: int = 0
    """Seconds allowed to connect."""
    call_timeout: int = 0
    """Seconds allowed per tool call."""
    allow_insecure_oauth_http: bool = False
    allow_insecure_tls_skip_verify: bool = False
    tools: Annotated[list[mcp_tool.MCPTool], NULL_AS_EMPTY] = Field(default_factory=list)
    tool_count: int = 0
    list_error: str = ""
    """Why listing the server's tools failed, if it did."""
    auth_mode: Annotated[
        Literal["shared", "per_user_secret", "per_user_oauth"] | str, OPEN_ENUM
    ] = ""
    secret_schema: str = ""
    oauth_metadata: str = ""
    source_template_name: str = ""
    created_by: int = 0
    created_at: int = 0
    """Creation time, Unix milliseconds."""
    updated_at: int = 0
    """Last change, Unix milliseconds."""
