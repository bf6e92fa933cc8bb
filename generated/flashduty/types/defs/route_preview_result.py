"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class RoutePreviewResult(FlashdutyModel):
    """Where one alert would be routed."""

    alert_id: str = ""
    """Alert ID."""
    alert_title: str = ""
    """Alert title."""
    start_time: int = 0
    """When the alert started, Unix seconds."""
    matched_cases: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Branches it matched, as `case_<index>` (from 0) or `default`."""
