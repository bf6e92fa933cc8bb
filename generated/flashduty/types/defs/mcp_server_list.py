"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import mcp_server


class MCPServerList(FlashdutyModel):
    """One page of MCP servers."""

    total: int = 0
    """Number of matches over all pages."""
    servers: Annotated[list[mcp_server.MCPServer], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The servers of this page."""
