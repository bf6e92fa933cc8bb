"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import monitor_query_field


class MonitorQueryFrame(FlashdutyModel):
    kind: Annotated[Literal["table", "time_series"] | EnumValue, OPEN_ENUM] = EnumValue("")
    fields: Annotated[list[monitor_query_field.MonitorQueryField], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
