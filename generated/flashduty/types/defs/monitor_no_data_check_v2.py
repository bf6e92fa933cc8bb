"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorNoDataCheckV2(FlashdutyModel):
    """
    Fires when series that used to report stop reporting (or when every query comes back empty).
    """

    enabled: bool = False
    """Whether the per-series no-data check is on."""
    severity: str = ""
    """Severity of no-data alerts."""
    alert_on_empty_result: bool = False
    """Also alert when all queries return nothing."""
    alert_on_empty_result_severity: str = ""
    """Severity of those empty-result alerts."""
    alerting_check_times: int = 0
    """Hits needed before firing."""
    alerting_window_size: int = 0
    """Sliding window of evaluations the hits are counted in."""
    recovery_check_times: int = 0
    """Recovery hits needed before the alert recovers."""
    end_mode: Annotated[
        Literal["data_reappears", "data_reappears_or_timeout", "manual"] | EnumValue, OPEN_ENUM
    ] = EnumValue("")
    """How a no-data alert ends."""
    auto_close_after_seconds: int = 0
    """Seconds after which `data_reappears_or_timeout` closes the alert; 0 in the other modes."""
