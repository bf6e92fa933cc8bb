"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import OPEN_ENUM, FlashdutyModel
from pydantic import Field


class DashboardRelativeTimeRange(FlashdutyModel):
    """A time range relative to now."""

    from_: Annotated[
        Literal["now-15m", "now-30m", "now-1h", "now-3h", "now-6h", "now-12h", "now-24h", "now-7d"]
        | str,
        Field(alias="from"),
        OPEN_ENUM,
    ] = ""
    """Start, relative to `to`."""
    to: Annotated[Literal["now"] | str, OPEN_ENUM] = ""
    """End; always `now`."""
