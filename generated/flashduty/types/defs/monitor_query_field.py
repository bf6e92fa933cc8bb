"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel


class MonitorQueryField(FlashdutyModel):
    name: str = ""
    type: Annotated[Literal["string", "float", "time"] | EnumValue, OPEN_ENUM] = EnumValue("")
    labels: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    values: Annotated[list[str | float | None], NULL_AS_EMPTY] = Field(default_factory=new_list)
