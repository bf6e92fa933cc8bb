"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import monitor_recovery_query_v2


class MonitorAnyDataCheckV2(FlashdutyModel):
    """Fires when a query returns any row."""

    enabled: bool = False
    """Whether the check is on."""
    severity: str = ""
    """Severity of the alert, case-sensitive."""
    alerting_check_times: int = 0
    """Hits needed before firing (1 to 10000)."""
    alerting_window_size: int = 0
    """Sliding window of evaluations the hits are counted in."""
    recovery_check_times: int = 0
    """Recovery hits needed before the alert recovers."""
    recovery_mode: Annotated[
        Literal["data_absent", "recovery_query_match", "manual"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """How the alert recovers."""
    recovery: monitor_recovery_query_v2.MonitorRecoveryQueryV2 | None = None
