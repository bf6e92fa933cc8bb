"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import incident_card_view


class IncidentCardViewList(FlashdutyModel):
    """The account's incident card views."""

    items: Annotated[list[incident_card_view.IncidentCardView], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Card views."""
