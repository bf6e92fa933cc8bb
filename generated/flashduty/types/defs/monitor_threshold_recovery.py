"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel


class MonitorThresholdRecovery(FlashdutyModel):
    """When a threshold alert counts as recovered."""

    mode: Literal["invert", "threshold", "ql"] | str = ""
    """
    `invert` recovers when the alert condition no longer holds, `threshold` when `condition` (a threshold) holds, `ql` when the `condition` query matches.
    """
    condition: str = ""
    """Recovery condition for the `threshold` and `ql` modes; empty for `invert`."""
    value_fields: list[str] = []
    """Value columns the recovery check reads."""
    args: dict[str, str] = {}
    """Source-specific extra parameters."""
