"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class AgentSessionEvent(FlashdutyModel):
    """One entry of a session: a message, a tool call or its result."""

    event_id: str = ""
    """ID of the event."""
    session_id: str = ""
    """ID of the session (`sess_...`)."""
    invocation_id: str = ""
    """Turn the event belongs to."""
    author: str = ""
    """Who wrote it."""
    branch: str = ""
    """Branch of the conversation (for sub-agents)."""
    content: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """The message or tool exchange, as the agent framework records it."""
    actions: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Side effects the event asked for, as recorded."""
    usage_metadata: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Token use of the model call, as recorded."""
    partial: bool = False
    """Whether this is a piece of a message still being streamed."""
    turn_complete: bool = False
    """Whether the turn ended with this event."""
    error_code: str = ""
    """Code of the failure; empty when there was none."""
    error_message: str = ""
    """Message of the failure; empty when there was none."""
    status: Annotated[Literal["normal", "compressed"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether it is in use."""
    created_at: int = 0
    """When the event was recorded, Unix milliseconds."""
