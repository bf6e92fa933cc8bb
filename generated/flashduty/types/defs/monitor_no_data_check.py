"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorNoDataCheck(FlashdutyModel):
    """Fires when the query keeps returning nothing, e.g. to notice a dead source."""

    enabled: bool = False
    """Whether this check runs."""
    alerting_check_times: int = 0
    """Consecutive empty evaluations needed before alerting."""
    recovery_check_times: int = 0
    """Consecutive evaluations with data needed before recovering."""
    push_recovery_event: bool = False
    """Whether to send a recovery event."""
    severity: Annotated[Literal["Critical", "Warning", "Info"] | EnumValue, OPEN_ENUM] = EnumValue(
        ""
    )
    """Severity of the alerts raised."""
    resolve_timeout: int = 0
    """Seconds after which a no-data alert resolves by itself."""
    alert_on_empty_result: bool = False
    """Also alert when the query succeeds but returns no series."""
    alert_on_empty_result_severity: str = ""
    """Severity of those alerts."""
