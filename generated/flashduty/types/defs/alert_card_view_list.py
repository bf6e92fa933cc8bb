"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_card_view


class AlertCardViewList(FlashdutyModel):
    """The account's card views."""

    items: Annotated[list[alert_card_view.AlertCardView], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Card views."""
