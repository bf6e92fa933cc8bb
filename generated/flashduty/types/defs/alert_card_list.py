"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import alert_card


class AlertCardList(FlashdutyModel):
    """Alerts grouped into cards."""

    items: Annotated[list[alert_card.AlertCard], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Cards; at most 100 are returned."""
