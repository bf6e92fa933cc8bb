"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentCardViewCreated(FlashdutyModel):
    """The ID of a new card view."""

    view_id: str = ""
    """ID of the new view."""
