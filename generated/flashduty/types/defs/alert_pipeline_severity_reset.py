"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class AlertPipelineSeverityReset(FlashdutyModel):
    """Settings of a `severity_reset` rule."""

    severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """How serious an incident is."""
