"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class TeamBrief(FlashdutyModel):
    """A team reduced to its name and people."""

    team_id: int = 0
    """Team ID."""
    team_name: str = ""
    """Team name."""
    person_ids: list[int] = []
    """People in the team (member IDs, or the account ID)."""
