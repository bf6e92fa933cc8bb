"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class IntegrationSummary(FlashdutyModel):
    """An integration as lists show it."""

    integration_id: int = 0
    team_id: int = 0
    plugin_type: str = ""
    plugin_type_name: str = ""
    category: str = ""
    name: str = ""
    description: str = ""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    ref_id: str = ""
    created_at: int = 0
    updated_at: int = 0
    last_time: int = 0
