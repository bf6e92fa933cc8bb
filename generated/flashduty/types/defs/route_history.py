"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import route_case, route_default, route_section


class RouteHistory(FlashdutyModel):
    """A past version of an integration's routing rule."""

    version: int = 0
    """Version number."""
    cases: Annotated[list[route_case.RouteCase], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Conditional branches of that version."""
    sections: Annotated[list[route_section.RouteSection], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Section headings of that version."""
    default: route_default.RouteDefault | None = None
    updated_by: int = 0
    """Member who saved that version."""
    updated_at: int = 0
    """When it was saved, Unix seconds."""
