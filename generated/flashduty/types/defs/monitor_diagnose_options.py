"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class MonitorDiagnoseOptions(FlashdutyModel):
    max_logs_scanned: int = 0
    max_patterns: int = 0
    examples_per_pattern: int = 0
    step_seconds: int = 0
    max_series: int = 0
    topk: int = 0
    timeout_seconds: int = 0
