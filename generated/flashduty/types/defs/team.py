"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class Team(FlashdutyModel):
    """A team and who is in it."""

    account_id: int = 0
    """Account that owns the team."""
    team_id: int = 0
    """Team ID, unique in the account."""
    team_name: str = ""
    """Name, 1 to 39 characters and unique in the account."""
    description: str = ""
    """Free-text description."""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the team is in use."""
    updated_by_name: str = ""
    """Name of whoever last changed the team."""
    updated_by: int = 0
    """Member who last changed the team."""
    creator_id: int = 0
    """Member who created the team."""
    creator_name: str = ""
    """Name of that member."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """People in the team (member IDs, or the account ID)."""
    ref_id: str = ""
    """Identifier of the team in an external system that syncs teams."""
