"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import incident_card


class IncidentCardList(FlashdutyModel):
    """The cards of a card view."""

    items: Annotated[list[incident_card.IncidentCard], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Cards; only the first 100 matching incidents are grouped."""
