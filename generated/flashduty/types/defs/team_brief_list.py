"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import team_brief


class TeamBriefList(FlashdutyModel):
    """The teams asked for."""

    items: list[team_brief.TeamBrief] | None
    """One entry per team found."""
