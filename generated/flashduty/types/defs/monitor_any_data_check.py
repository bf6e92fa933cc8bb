"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import monitor_any_data_recovery


class MonitorAnyDataCheck(FlashdutyModel):
    """Fires whenever the query returns rows, e.g. for log keyword alerts."""

    enabled: bool = False
    """Whether this check runs."""
    alerting_check_times: int = 0
    """Consecutive evaluations with data needed before alerting."""
    recovery_check_times: int = 0
    """Consecutive recovered evaluations needed before recovering."""
    push_recovery_event: bool = False
    """Whether to send a recovery event."""
    severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Severity of the alerts raised."""
    recovery: monitor_any_data_recovery.MonitorAnyDataRecovery | None = None
