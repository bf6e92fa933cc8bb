"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import route_case, route_default


class RouteDraft(FlashdutyModel):
    """A routing rule to try out, not saved. Give `cases`, `default` or both."""

    cases: Annotated[list[route_case.RouteCase], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Conditional branches, evaluated top to bottom."""
    default: route_default.RouteDefault | None = None
