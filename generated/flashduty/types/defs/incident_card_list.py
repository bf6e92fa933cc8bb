"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import incident_card


class IncidentCardList(FlashdutyModel):
    """The cards of a card view."""

    items: list[incident_card.IncidentCard] | None
    """Cards; only the first 100 matching incidents are grouped."""
