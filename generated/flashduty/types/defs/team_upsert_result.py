"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class TeamUpsertResult(FlashdutyModel):
    """The team that was created or updated."""

    team_id: int = 0
    """ID of the team."""
    team_name: str = ""
    """Its name."""
