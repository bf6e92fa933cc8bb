"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Any, Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_dict, FlashdutyModel


class ImIntegration(FlashdutyModel):
    """An instant-messaging integration that can open war rooms."""

    data_source_id: int = 0
    account_id: int = 0
    team_id: int = 0
    plugin_id: int = 0
    name: str = ""
    status: Annotated[Literal["enabled", "disabled"] | EnumValue, OPEN_ENUM] = EnumValue("")
    category: str = ""
    plugin_type: str = ""
    plugin_type_name: str = ""
    description: str = ""
    integration_key: Annotated[str, Field(repr=False)] = ""
    ref_id: str = ""
    settings: Annotated[dict[str, Any], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    no_editable: bool = False
    creator_id: int = 0
    updated_by: int = 0
    created_at: int = 0
    updated_at: int = 0
    last_time: int = 0
    exclusive_data_source_id: int = 0
    integration_id: int = 0
