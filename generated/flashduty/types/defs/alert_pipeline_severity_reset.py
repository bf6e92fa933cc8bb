"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class AlertPipelineSeverityReset(FlashdutyModel):
    """Settings of a `severity_reset` rule."""

    severity: Literal["Critical", "Warning", "Info"] | str = ""
    """How serious an incident is."""
