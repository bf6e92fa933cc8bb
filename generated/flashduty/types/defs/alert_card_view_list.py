"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from ..._models import FlashdutyModel

from . import alert_card_view


class AlertCardViewList(FlashdutyModel):
    """The account's card views."""

    items: list[alert_card_view.AlertCardView] | None
    """Card views."""
