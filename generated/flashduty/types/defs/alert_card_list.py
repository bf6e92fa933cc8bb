"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_card


class AlertCardList(FlashdutyModel):
    """Alerts grouped into cards."""

    items: list[alert_card.AlertCard] | None
    """Cards; at most 100 are returned."""
