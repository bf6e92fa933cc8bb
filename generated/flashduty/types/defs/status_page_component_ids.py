"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class StatusPageComponentIds(FlashdutyModel):
    """IDs of the components saved, in the order sent."""

    component_ids: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
