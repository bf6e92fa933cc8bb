"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel
from pydantic import Field


class DashboardRelativeTimeRange(FlashdutyModel):
    """A time range relative to now."""

    from_: Annotated[
        Literal["now-15m", "now-30m", "now-1h", "now-3h", "now-6h", "now-12h", "now-24h", "now-7d"]
        | EnumValue,
        Field(alias="from"),
        OPEN_ENUM,
    ] = EnumValue("")
    """Start, relative to `to`."""
    to: Annotated[Literal["now"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """End; always `now`."""
