"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class IncidentCardView(FlashdutyModel):
    """
    A saved card view of the incident list, which groups incidents that share the listed attributes.
    """

    view_id: str = ""
    """View ID."""
    view_name: str = ""
    """View name."""
    priority: int = 0
    """Display order of the view."""
    equals: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Attributes the grouped incidents share: property names, or `labels.<key>` for labels."""
    created_at: str = ""
    """Creation time (Unix seconds; the reference types it as a string)."""
    updated_at: str = ""
    """Last change (Unix seconds; the reference types it as a string)."""
