"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel

from . import monitor_recovery_query_v2


class MonitorThresholdCheckV2(FlashdutyModel):
    """Fires when a severity's expression over the query results holds."""

    enabled: bool = False
    """Whether the check is on."""
    critical: str = ""
    """Critical expression, e.g. `$A > 90`; an enabled check needs at least one severity."""
    warning: str = ""
    """Warning expression, same syntax."""
    info: str = ""
    """Info expression, same syntax."""
    alerting_check_times: int = 0
    """Hits needed before firing (1 to 10000)."""
    alerting_window_size: int = 0
    """Sliding window of evaluations the hits are counted in; leave out for consecutive hits."""
    recovery_check_times: int = 0
    """Recovery hits needed before the alert recovers."""
    recovery_mode: Annotated[
        Literal["condition_clear", "expression_match", "recovery_query_match", "manual"]
        | EnumValue,
        OPEN_ENUM,
    ] = EnumValue("")
    """How the alert recovers; `manual` never recovers by itself."""
    recovery: monitor_recovery_query_v2.MonitorRecoveryQueryV2 | None = None
