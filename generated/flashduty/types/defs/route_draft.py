"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import route_case, route_default


class RouteDraft(FlashdutyModel):
    """A routing rule to try out, not saved. Give `cases`, `default` or both."""

    cases: list[route_case.RouteCase] | None = None
    """Conditional branches, evaluated top to bottom."""
    default: route_default.RouteDefault | None = None
