"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import route_preview_result


class RoutePreviewList(FlashdutyModel):
    """Routing outcome of each previewed alert."""

    items: list[route_preview_result.RoutePreviewResult] | None
    """One result per alert."""
