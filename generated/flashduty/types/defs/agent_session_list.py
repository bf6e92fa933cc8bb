"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import agent_session


class AgentSessionList(FlashdutyModel):
    """One page of AI SRE sessions."""

    total: int = 0
    """Number of matches over all pages."""
    sessions: Annotated[list[agent_session.AgentSession], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The sessions of this page."""
    suggest_init: bool = False
    """Whether the console would suggest setting up AI SRE first."""
