"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import past_incident


class PastIncidentList(FlashdutyModel):
    """Similar past incidents, most relevant first."""

    items: Annotated[list[past_incident.PastIncident], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """The similar incidents."""
