"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import monitor_threshold_recovery


class MonitorThresholdCheck(FlashdutyModel):
    """Fires when query results cross a threshold expression."""

    enabled: bool = False
    """Whether this check runs."""
    alerting_check_times: int = 0
    """Consecutive hits needed before alerting."""
    recovery_check_times: int = 0
    """Consecutive recovered evaluations needed before recovering."""
    push_recovery_event: bool = False
    """Whether to send a recovery event."""
    critical: str = ""
    """Expression that raises a Critical alert when true."""
    warning: str = ""
    """Expression that raises a Warning alert when true."""
    info: str = ""
    """Expression that raises an Info alert when true."""
    recovery: monitor_threshold_recovery.MonitorThresholdRecovery | None = None
