"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class IncidentCard(FlashdutyModel):
    """One card of a card view - a group of incidents shown together."""

    title: str = ""
    """Card name."""
    total: int = 0
    """Number of incidents on the card."""
    incident_severity: str = ""
    """Highest severity among them."""
    incident_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Incidents on the card."""
