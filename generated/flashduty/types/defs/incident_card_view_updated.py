"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel


class IncidentCardViewUpdated(FlashdutyModel):
    """What updating a card view answers."""

    rule_id: str = ""
    """ID of the updated view (the reference names it `rule_id`)."""
