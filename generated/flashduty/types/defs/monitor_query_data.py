"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import monitor_query_result


class MonitorQueryData(FlashdutyModel):
    format: Annotated[Literal["query_result.v1"] | EnumValue, OPEN_ENUM] = EnumValue("")
    result: monitor_query_result.MonitorQueryResult | None = None
