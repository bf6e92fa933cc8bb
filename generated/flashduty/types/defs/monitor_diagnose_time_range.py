"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorDiagnoseTimeRange(FlashdutyModel):
    start: int = 0
    """Unix seconds."""
    end: int = 0
    """Unix seconds."""
