"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class RumErrorIngestionFilterCondition(FlashdutyModel):
    key: str = ""
    oper: Annotated[Literal["IN", "NOTIN"] | EnumValue, OPEN_ENUM] = EnumValue("")
    vals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
