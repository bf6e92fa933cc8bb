"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated
from pydantic import Field
from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel


class MappingDataUpserted(FlashdutyModel):
    """Keys of the rows written."""

    keys: Annotated[list[str], NULL_AS_EMPTY] = Field(default_factory=new_list)
    """Row keys, in request order."""
