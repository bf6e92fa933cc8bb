"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, FlashdutyModel


class AlertPipelineSeverityReset(FlashdutyModel):
    """Settings of a `severity_reset` rule."""

    severity: Annotated[Literal["Critical", "Warning", "Info"] | str, OPEN_ENUM] = ""
    """How serious an incident is."""
