"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import a2_a_agent


class A2AAgentList(FlashdutyModel):
    """One page of A2A agents."""

    items: Annotated[list[a2_a_agent.A2AAgent], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """The items of this page."""
    total: int = 0
    """Number of matches over all pages."""
