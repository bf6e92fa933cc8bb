"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import route_rule


class RouteRuleList(FlashdutyModel):
    """Routing rules of several integrations."""

    items: Annotated[list[route_rule.RouteRule], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """One rule per integration that has one; integrations without a rule are left out."""
