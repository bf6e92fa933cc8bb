"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class IntegrationDetail(FlashdutyModel):
    """An integration with its settings (secret values masked)."""

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
    settings: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
