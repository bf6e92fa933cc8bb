"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import alert_card_view


class AlertCardViewList(FlashdutyModel):
    """The account's card views."""

    items: Annotated[list[alert_card_view.AlertCardView], Field(validate_default=True)] = []
    """Card views."""
