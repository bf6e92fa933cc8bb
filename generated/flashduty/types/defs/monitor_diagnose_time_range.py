"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorDiagnoseTimeRange(FlashdutyModel):
    start: int = 0
    """First instant of the range, Unix seconds."""
    end: int = 0
    """Last instant of the range, Unix seconds."""
