"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class AutomationPreflight(FlashdutyModel):
    """Checks made before a manual run starts."""

    ok: bool = False
    checks: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
    scope: Annotated[Literal["person", "team"] | str, OPEN_ENUM] = ""
    owner_id: int = 0
    team_id: int = 0
    app_name: str = ""
    warnings: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
