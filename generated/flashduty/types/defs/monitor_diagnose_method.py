"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorDiagnoseMethod(FlashdutyModel):
    name: str = ""
    baseline: Annotated[
        Literal["previous_window", "same_window_yesterday", "same_window_last_week"] | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
