"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class TeamBrief(FlashdutyModel):
    """A team reduced to its name and people."""

    team_id: int = 0
    """Team ID."""
    team_name: str = ""
    """Team name."""
    person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """People in the team (member IDs, or the account ID)."""
