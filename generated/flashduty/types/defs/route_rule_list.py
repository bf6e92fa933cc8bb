"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import route_rule


class RouteRuleList(FlashdutyModel):
    """Routing rules of several integrations."""

    items: Annotated[list[route_rule.RouteRule], Field(validate_default=True)] = []
    """One rule per integration that has one; integrations without a rule are left out."""
