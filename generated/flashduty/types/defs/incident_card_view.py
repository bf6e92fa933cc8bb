"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


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
    equals: list[str] = []
    """Attributes the grouped incidents share: property names, or `labels.<key>` for labels."""
    created_at: str = ""
    """Creation time (Unix seconds; the reference types it as a string)."""
    updated_at: str = ""
    """Last change (Unix seconds; the reference types it as a string)."""
