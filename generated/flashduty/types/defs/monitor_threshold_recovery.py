"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, new_dict, FlashdutyModel


class MonitorThresholdRecovery(FlashdutyModel):
    """When a threshold alert counts as recovered."""

    mode: Annotated[Literal["invert", "threshold", "ql"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """
    `invert` recovers when the alert condition no longer holds, `threshold` when `condition` (a threshold) holds, `ql` when the `condition` query matches.
    """
    condition: str = ""
    """Recovery condition for the `threshold` and `ql` modes; empty for `invert`."""
    value_fields: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Value columns the recovery check reads."""
    args: Annotated[dict[str, str], NULL_AS_EMPTY] = Field(default_factory=new_dict)
    """Source-specific extra parameters."""
