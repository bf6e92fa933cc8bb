"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import route_rule


class RouteRuleList(FlashdutyModel):
    """Routing rules of several integrations."""

    items: list[route_rule.RouteRule] | None
    """One rule per integration that has one; integrations without a rule are left out."""
