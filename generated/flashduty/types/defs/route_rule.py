"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Literal

from ..._models import FlashdutyModel

from . import route_case, route_default, route_section


class RouteRule(FlashdutyModel):
    """
    The routing rule of a shared alert integration: alerts are tested against `cases` in order and sent to the matching channels; alerts no case claims go to `default`.
    """

    integration_id: int | None = None
    """Integration the rule belongs to."""
    cases: list[route_case.RouteCase] | None = None
    """Conditional branches, evaluated top to bottom."""
    sections: list[route_section.RouteSection] | None = None
    """Named headings that group consecutive cases, for display only."""
    default: route_default.RouteDefault | None = None
    status: Literal["enabled", "deleted"] | str | None = None
    """Rule state."""
    version: int
    """Incremented on every change; send it back with `routes.upsert` to detect concurrent edits."""
    creator_id: int
    """Member who created the rule."""
    updated_by: int
    """Member who changed it last."""
    created_at: int | None = None
    """Creation time, Unix seconds."""
    updated_at: int | None = None
    """Last change, Unix seconds."""
    deleted_at: int | None = None
    """Deletion time, Unix seconds; absent while active."""
