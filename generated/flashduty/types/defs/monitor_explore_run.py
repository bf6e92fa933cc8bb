"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from typing import Annotated
from ..._models import OPEN_ENUM, EnumValue, FlashdutyModel


class MonitorExploreRun(FlashdutyModel):
    """When an Explore query is evaluated."""

    kind: Annotated[Literal["instant", "range", "window"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """One instant, a stepped range, or the raw rows of a window."""
    from_ms: int = 0
    """Start, Unix milliseconds; needed for `range` and `window`."""
    to_ms: int = 0
    """End (or the instant), Unix milliseconds."""
    max_data_points: int = 0
    """Most points to return; needed for `range` and refused otherwise."""
    min_step_seconds: int = 0
    """Smallest step in seconds (`range` only)."""
