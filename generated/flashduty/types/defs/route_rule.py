"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated, Literal

from ..._models import NULL_AS_EMPTY, OPEN_ENUM, EnumValue, new_list, FlashdutyModel
from pydantic import Field

from . import route_case, route_default, route_section


class RouteRule(FlashdutyModel):
    """
    The routing rule of a shared alert integration: alerts are tested against `cases` in order and sent to the matching channels; alerts no case claims go to `default`.
    """

    integration_id: int = 0
    """Integration the rule belongs to."""
    cases: Annotated[list[route_case.RouteCase], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Conditional branches, evaluated top to bottom."""
    sections: Annotated[list[route_section.RouteSection], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Named headings that group consecutive cases, for display only."""
    default: route_default.RouteDefault | None = None
    status: Annotated[Literal["enabled", "deleted"] | EnumValue, OPEN_ENUM] = EnumValue("")
    """Rule state."""
    version: int = 0
    """Incremented on every change; send it back with `routes.upsert` to detect concurrent edits."""
    creator_id: int = 0
    """Member who created the rule."""
    updated_by: int = 0
    """Member who changed it last."""
    created_at: int = 0
    """Creation time, Unix seconds."""
    updated_at: int = 0
    """Last change, Unix seconds."""
    deleted_at: int = 0
    """Deletion time, Unix seconds; absent while active."""
