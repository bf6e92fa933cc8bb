"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Any

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import agent_session, agent_session_event


class AgentSessionDetail(FlashdutyModel):
    """A session with a window of its events."""

    session: agent_session.AgentSession | None = None
    events: Annotated[list[agent_session_event.AgentSessionEvent], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Events of this window, oldest first."""
    has_more_older: bool = False
    """Whether older events exist."""
    search_after_ctx: str = ""
    """Pass back to read the events before this window."""
    suggest_init: bool = False
    """Whether the console would suggest setting up AI SRE first."""
    pending_messages: Annotated[list[dict[str, Any]], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """
    Messages from people waiting for the agent to pick them up, in order. Their fields are not documented yet, so they are read as sent.
    """
