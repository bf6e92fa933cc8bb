"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class ImPersonLinkResult(FlashdutyModel):
    """Members linked to their IM accounts by this call."""

    new_linked_person_ids: Annotated[list[int], NULL_AS_EMPTY] = Field(default_factory=new_list)
