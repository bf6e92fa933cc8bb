"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import NULL_AS_EMPTY, new_list, FlashdutyModel
from pydantic import Field

from . import mapping_schema


class MappingSchemaList(FlashdutyModel):
    """Every mapping schema of the account."""

    total: int = 0
    """Number of schemas."""
    items: Annotated[list[mapping_schema.MappingSchema], NULL_AS_EMPTY] = Field(
        default_factory=new_list
    )
    """Schemas, oldest first."""
