"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, FlashdutyModel


class RumErrorIngestionFilterCondition(FlashdutyModel):
    key: str = ""
    oper: Annotated[Literal["IN", "NOTIN"] | str, OPEN_ENUM] = ""
    vals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=list)
