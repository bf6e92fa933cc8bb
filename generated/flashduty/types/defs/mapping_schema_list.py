"""Models generated from spec/ by datamodel-code-generator; do not edit."""

from typing import Annotated

from ..._models import FlashdutyModel
from pydantic import Field

from . import mapping_schema


class MappingSchemaList(FlashdutyModel):
    """Every mapping schema of the account."""

    total: int = 0
    """Number of schemas."""
    items: Annotated[list[mapping_schema.MappingSchema], Field(validate_default=True)] = []
    """Schemas, oldest first."""
