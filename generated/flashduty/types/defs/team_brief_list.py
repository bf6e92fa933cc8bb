"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import team_brief


class TeamBriefList(FlashdutyModel):
    """The teams asked for."""

    items: Annotated[list[team_brief.TeamBrief], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """One entry per team found."""
