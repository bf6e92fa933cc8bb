"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class IncidentFeedRespondersDetail(FlashdutyModel):
    """Detail of `i_a_rspd`."""

    to: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Members added as responders."""
