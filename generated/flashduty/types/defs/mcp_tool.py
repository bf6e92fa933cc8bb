"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_dict, FlashdutyModel


class MCPTool(FlashdutyModel):
    """A tool offered by an MCP server."""

    name: str = ""
    """Name of the tool."""
    description: str = ""
    """What the tool does, as the server describes it."""
    input_schema: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """JSON Schema of the tool's arguments."""
