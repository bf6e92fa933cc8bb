"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import incident_card_view


class IncidentCardViewList(FlashdutyModel):
    """The account's incident card views."""

    items: list[incident_card_view.IncidentCardView] | None
    """Card views."""
