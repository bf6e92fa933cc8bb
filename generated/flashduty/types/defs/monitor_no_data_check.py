"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MonitorNoDataCheck(FlashdutyModel):
    """Fires when the query keeps returning nothing, e.g. to notice a dead source."""

    enabled: bool
    """Whether this check runs."""
    alerting_check_times: int | None = None
    """Consecutive empty evaluations needed before alerting."""
    recovery_check_times: int | None = None
    """Consecutive evaluations with data needed before recovering."""
    push_recovery_event: bool | None = None
    """Whether to send a recovery event."""
    severity: Literal["Critical", "Warning", "Info"] | str
    """Severity of the alerts raised."""
    resolve_timeout: int | None = None
    """Seconds after which a no-data alert resolves by itself."""
