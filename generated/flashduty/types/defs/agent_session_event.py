"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class AgentSessionEvent(FlashdutyModel):
    """One entry of a session: a message, a tool call or its result."""

    event_id: str = ""
    session_id: str = ""
    invocation_id: str = ""
    author: str = ""
    branch: str = ""
    content: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=dict)
    """The message or tool exchange, as the agent framework records it."""
    actions: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=dict)
    """Side effects the event asked for, as recorded."""
    usage_metadata: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=dict)
    """Token use of the model call, as recorded."""
    partial: bool = False
    turn_complete: bool = False
    error_code: str = ""
    error_message: str = ""
    status: Annotated[Literal["normal", "compressed"] | str, OPEN_ENUM] = ""
    created_at: int = 0
    """When the event was recorded, Unix milliseconds."""
