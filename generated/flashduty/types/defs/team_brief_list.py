"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import team_brief


class TeamBriefList(FlashdutyModel):
    """The teams asked for."""

    items: Annotated[list[team_brief.TeamBrief], Field(validate_default=True)] = []
    """One entry per team found."""
