"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import route_case, route_default, route_section


class RouteHistory(FlashdutyModel):
    """A past version of an integration's routing rule."""

    version: int
    """Version number."""
    cases: list[route_case.RouteCase] | None = None
    """Conditional branches of that version."""
    sections: list[route_section.RouteSection] | None = None
    """Section headings of that version."""
    default: route_default.RouteDefault | None = None
    updated_by: int
    """Member who saved that version."""
    updated_at: int
    """When it was saved, Unix seconds."""
