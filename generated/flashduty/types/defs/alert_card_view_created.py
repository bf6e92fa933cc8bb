"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class AlertCardViewCreated(FlashdutyModel):
    """The card view just created."""

    view_id: str = ""
    """ID of the new view."""
