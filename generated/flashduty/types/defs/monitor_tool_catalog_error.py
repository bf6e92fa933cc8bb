"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel


class MonitorToolCatalogError(FlashdutyModel):
    code: Annotated[
        Literal[
            "target_unavailable",
            "timeout",
            "forward_failed",
            "invalid_tool_result",
            "ambiguous_target_kind",
        ]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    message: str = ""
    target_kinds: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
