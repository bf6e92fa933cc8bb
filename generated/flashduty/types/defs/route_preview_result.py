"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class RoutePreviewResult(FlashdutyModel):
    """Where one alert would be routed."""

    alert_id: str = ""
    """Alert ID."""
    alert_title: str = ""
    """Alert title."""
    start_time: int = 0
    """When the alert started, Unix seconds."""
    matched_cases: list[str] = []
    """Branches it matched, as `case_<index>` (from 0) or `default`."""
