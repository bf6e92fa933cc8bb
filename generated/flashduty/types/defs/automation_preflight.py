"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class AutomationPreflight(FlashdutyModel):
    """Checks made before a manual run starts."""

    ok: bool = False
    """Whether it succeeded."""
    checks: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Names of the checks that passed."""
    scope: Annotated[Literal["person", "team"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Whether the run acts for a member or a team."""
    owner_id: int = 0
    """Member who owns it."""
    team_id: int = 0
    """Team the run acts for; 0 for a personal rule."""
    app_name: str = ""
    """AI application the run uses."""
    warnings: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Problems that did not stop the call."""
